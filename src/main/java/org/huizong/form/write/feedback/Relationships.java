package org.huizong.form.write.feedback;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.SafeXmlInput;

/** The relationships of one part ({@code _rels/….rels}), and a copy of them with relationships added. */
final class Relationships {

    static final String NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String WORKSHEET = OFFICE + "/worksheet";
    static final String COMMENTS = OFFICE + "/comments";
    static final String VML_DRAWING = OFFICE + "/vmlDrawing";

    /** One relationship; {@code part} is the part it points to, null when the target is outside the package. */
    record Relationship(String id, String type, String part) {}

    private final String source;
    private final String path;
    private final boolean exists;
    private final List<Relationship> all = new ArrayList<>();
    private final List<Relationship> added = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private Relationships(String source, String path, boolean exists) {
        this.source = source;
        this.path = path;
        this.exists = exists;
    }

    /** The relationships of {@code source} ("" for the package itself); none when it has no relationships part. */
    static Relationships of(PackageParts parts, String source) throws IOException {
        String path = source.isEmpty() ? "_rels/.rels" : PackageParts.relationshipsOf(source);
        Relationships rels = new Relationships(source, path, parts.has(path));
        if (!rels.exists) {
            return rels;
        }
        XMLStreamReader xml = parts.xml(path);
        try {
            while (xml.hasNext()) {
                if (SafeXmlInput.next(xml) == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("Relationship")) {
                    String target = xml.getAttributeValue(null, "Target");
                    boolean external = "External".equals(xml.getAttributeValue(null, "TargetMode"));
                    String id = xml.getAttributeValue(null, "Id");
                    rels.all.add(new Relationship(
                            id,
                            xml.getAttributeValue(null, "Type"),
                            external || target == null ? null : PackageParts.resolve(source, target)));
                    rels.ids.add(id);
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new DeclinedPackageException(path + ": " + e.getMessage());
        }
        return rels;
    }

    String path() {
        return path;
    }

    Relationship byId(String id) {
        return all.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    Relationship ofType(String type) {
        return all.stream().filter(r -> r.type().equals(type)).findFirst().orElse(null);
    }

    boolean anyTypeStartsWith(String prefix) {
        return all.stream().anyMatch(r -> r.type() != null && r.type().startsWith(prefix));
    }

    /** Adds a relationship to {@code part}; returns its new id. */
    String add(String type, String part) {
        String id;
        int n = all.size() + added.size() + 1;
        while (ids.contains(id = "rId" + n)) {
            n++;
        }
        ids.add(id);
        added.add(new Relationship(id, type, part));
        return id;
    }

    /** The relationships part with the added relationships: the original copied, or a new part when there was none. */
    byte[] written(PackageParts parts) throws IOException {
        if (exists) {
            return XmlPartEdit.appendToRoot(
                    parts.bytes(path), (out, root) -> writeAdded(out, XmlPartEdit.sibling(root, "Relationship")));
        }
        XmlMarkup out = new XmlMarkup(1024).declaration();
        out.start("Relationships").attribute("xmlns", NAMESPACE);
        writeAdded(out, "Relationship");
        return out.end("Relationships").bytes();
    }

    private void writeAdded(XmlMarkup out, String element) {
        for (Relationship relationship : added) {
            out.start(element)
                    .attribute("Id", relationship.id())
                    .attribute("Type", relationship.type())
                    .attribute("Target", PackageParts.target(source, relationship.part()))
                    .end(element);
        }
    }
}
