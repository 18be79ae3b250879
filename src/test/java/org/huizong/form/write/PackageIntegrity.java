package org.huizong.form.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.SafeXmlInput;

/**
 * Checks an .xlsx package the way a strict consumer would: a readable zip whose XML parts all parse, where every
 * part has a content type and every internal relationship points to a part that is there.
 */
final class PackageIntegrity {

    private PackageIntegrity() {}

    static void check(Path file) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> parts = new HashSet<>();
            zip.stream().forEach(e -> parts.add(e.getName()));
            Set<String> defaults = new HashSet<>();
            Set<String> overrides = new HashSet<>();
            List<String[]> targets = new ArrayList<>();
            for (String part : parts) {
                if (!part.matches(".*\\.(xml|rels|vml)")) {
                    continue;
                }
                XMLStreamReader xml = SafeXmlInput.open(zip.getInputStream(zip.getEntry(part)));
                while (xml.hasNext()) {
                    if (SafeXmlInput.next(xml) != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "Default" ->
                            defaults.add(
                                    xml.getAttributeValue(null, "Extension").toLowerCase(Locale.ROOT));
                        case "Override" ->
                            overrides.add(
                                    xml.getAttributeValue(null, "PartName").substring(1));
                        case "Relationship" -> {
                            if (!"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                                targets.add(new String[] {part, xml.getAttributeValue(null, "Target")});
                            }
                        }
                        default -> {}
                    }
                }
                xml.close();
            }
            for (String part : parts) {
                String extension = part.substring(part.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                if (!part.equals("[Content_Types].xml")) {
                    assertThat(overrides.contains(part) || defaults.contains(extension))
                            .as(file.getFileName() + ": content type of " + part)
                            .isTrue();
                }
            }
            assertThat(overrides)
                    .as(file.getFileName() + ": overrides name parts that are there")
                    .isSubsetOf(parts);
            for (String[] target : targets) {
                String source = "/" + target[0].replace("_rels/", "").replaceFirst("\\.rels$", "");
                String resolved =
                        URI.create(source).resolve(target[1]).getPath().substring(1);
                assertThat(parts)
                        .as(file.getFileName() + ": " + target[0] + " points to " + target[1])
                        .contains(resolved);
            }
        }
    }

    /** The bytes of one part, for tests that look at the XML itself. */
    static String text(Path file, String part) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile());
                InputStream in = zip.getInputStream(zip.getEntry(part))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
