package org.huizong.form.write.feedback;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.SafeXmlInput;

/** {@code [Content_Types].xml}: what it declares, and a copy with the Default and Override entries new parts need. */
final class ContentTypes {

    static final String PART = "[Content_Types].xml";
    static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    static final String COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    static final String VML_DRAWING = "application/vnd.openxmlformats-officedocument.vmlDrawing";

    private final Set<String> defaults = new HashSet<>();
    private final Map<String, String> addedDefaults = new LinkedHashMap<>();
    private final Map<String, String> addedOverrides = new LinkedHashMap<>();

    /** Reads the declarations; the parts named by Overrides are reserved in {@code parts}. */
    static ContentTypes of(PackageParts parts) throws IOException {
        ContentTypes types = new ContentTypes();
        XMLStreamReader xml = parts.xml(PART);
        try {
            while (xml.hasNext()) {
                if (SafeXmlInput.next(xml) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("Default") && xml.getAttributeValue(null, "Extension") != null) {
                    types.defaults.add(xml.getAttributeValue(null, "Extension").toLowerCase(Locale.ROOT));
                } else if (xml.getLocalName().equals("Override") && xml.getAttributeValue(null, "PartName") != null) {
                    parts.reserve(xml.getAttributeValue(null, "PartName").replaceFirst("^/", ""));
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new DeclinedPackageException(PART + ": " + e.getMessage());
        }
        return types;
    }

    /** Declares the content type of every part with this extension, unless the package already does. */
    void addDefault(String extension, String contentType) {
        if (!defaults.contains(extension.toLowerCase(Locale.ROOT))) {
            addedDefaults.put(extension, contentType);
        }
    }

    void addOverride(String part, String contentType) {
        addedOverrides.put(part, contentType);
    }

    byte[] written(PackageParts parts) throws IOException {
        return XmlPartEdit.appendToRoot(parts.bytes(PART), (out, root) -> {
            for (Map.Entry<String, String> added : addedDefaults.entrySet()) {
                String element = XmlPartEdit.sibling(root, "Default");
                out.start(element)
                        .attribute("Extension", added.getKey())
                        .attribute("ContentType", added.getValue())
                        .end(element);
            }
            for (Map.Entry<String, String> added : addedOverrides.entrySet()) {
                String element = XmlPartEdit.sibling(root, "Override");
                out.start(element)
                        .attribute("PartName", "/" + added.getKey())
                        .attribute("ContentType", added.getValue())
                        .end(element);
            }
        });
    }
}
