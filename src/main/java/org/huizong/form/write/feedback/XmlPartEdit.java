package org.huizong.form.write.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.SafeXmlInput;

/**
 * A copy of an XML part, event by event, with the changes a subclass makes at the elements it cares about: it may
 * write markup before a start tag or before an end tag, and may write a start tag its own way.
 */
abstract class XmlPartEdit {

    protected XmlMarkup out;
    /** The depth of the element being started or ended; the root is 1. */
    protected int depth;

    final byte[] apply(byte[] part) throws IOException {
        out = new XmlMarkup(part.length + 4096);
        depth = 0;
        try {
            XMLStreamReader xml = SafeXmlInput.open(new ByteArrayInputStream(part));
            try {
                out.declaration();
                while (xml.hasNext()) {
                    int event = SafeXmlInput.next(xml);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (!started(xml)) {
                            out.copy(xml);
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        ending(xml);
                        out.copy(xml);
                        depth--;
                    } else {
                        out.copy(xml);
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new DeclinedPackageException("unreadable XML: " + e.getMessage());
        }
        finished();
        return out.bytes();
    }

    /**
     * At a start tag, before it is written.
     *
     * @return whether this edit wrote the start tag itself (else it is copied as it is)
     */
    protected abstract boolean started(XMLStreamReader xml) throws IOException;

    /** At an end tag, before it is written. */
    protected void ending(XMLStreamReader xml) throws IOException {}

    /** After the whole part: a chance to refuse a part that lacked what the edit needed. */
    protected void finished() throws IOException {}

    /** What writes elements at the end of a part's root element. */
    interface RootEnd {
        void write(XmlMarkup out, XMLStreamReader root);
    }

    /** A copy of the part with elements added at the end of its root element. */
    static byte[] appendToRoot(byte[] part, RootEnd added) throws IOException {
        return new XmlPartEdit() {
            @Override
            protected boolean started(XMLStreamReader xml) {
                return false;
            }

            @Override
            protected void ending(XMLStreamReader xml) {
                if (depth == 1) {
                    added.write(out, xml);
                }
            }
        }.apply(part);
    }

    /** A qualified name with the prefix of the element the reader is on, for elements written beside it. */
    static String sibling(XMLStreamReader xml, String local) {
        return XmlMarkup.qualified(xml.getPrefix(), local);
    }
}
