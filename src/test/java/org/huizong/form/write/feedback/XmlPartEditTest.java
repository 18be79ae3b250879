package org.huizong.form.write.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** A part copied through the streaming parser reads back the same: escapes, line breaks, namespaces, comments. */
class XmlPartEditTest {

    private static final String PART = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<a:root xmlns:a=\"urn:a\" xmlns:b=\"urn:b\"><!-- kept --><a:item b:note=\"one&#10;two&#9;&quot;three&quot; &amp; &lt;four&gt;\""
            + " plain=\"x\">text &amp; &lt;more&gt;&#13;\nline<![CDATA[ <raw> ]]></a:item><a:empty/><?keep this?></a:root>";

    @Test
    void aCopyReadsBackTheSame() throws Exception {
        byte[] copy = copy(PART.getBytes(StandardCharsets.UTF_8));
        assertThat(copy(copy)).isEqualTo(copy);
        String text = new String(copy, StandardCharsets.UTF_8);
        assertThat(text)
                .contains(
                        "b:note=\"one&#10;two&#9;&quot;three&quot; &amp; &lt;four&gt;\"",
                        "text &amp; &lt;more&gt;&#13;\nline",
                        "<!-- kept -->",
                        "<![CDATA[ <raw> ]]>",
                        "<a:empty/>",
                        "<?keep this?>",
                        "xmlns:a=\"urn:a\"",
                        "xmlns:b=\"urn:b\"");
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        byte[] hostile =
                ("<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><root>&x;</root>")
                        .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> copy(hostile)).isInstanceOf(DeclinedPackageException.class);
    }

    private static byte[] copy(byte[] part) throws Exception {
        return new XmlPartEdit() {
            @Override
            protected boolean started(XMLStreamReader xml) {
                return false;
            }
        }.apply(part);
    }
}
