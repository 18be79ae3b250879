package org.huizong.form.write.feedback;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Writes XML text, escaping so that a parser reads back exactly the values written (a line break in an attribute
 * stays a line break), and copies the current event of a reader. A start tag is closed lazily: an element ended
 * straight away is written {@code <name/>}.
 */
final class XmlMarkup {

    private final Writer out;
    private boolean startOpen;

    XmlMarkup(Writer out) {
        this.out = out;
    }

    XmlMarkup declaration() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        return this;
    }

    XmlMarkup start(String name) throws IOException {
        closeStart();
        out.write('<');
        out.write(name);
        startOpen = true;
        return this;
    }

    XmlMarkup attribute(String name, String value) throws IOException {
        out.write(' ');
        out.write(name);
        out.write("=\"");
        escape(value, true);
        out.write('"');
        return this;
    }

    XmlMarkup end(String name) throws IOException {
        if (startOpen) {
            out.write("/>");
            startOpen = false;
        } else {
            out.write("</");
            out.write(name);
            out.write('>');
        }
        return this;
    }

    /** An element of text only: {@code <name>text</name>}. */
    XmlMarkup textElement(String name, String text) throws IOException {
        return start(name).text(text).end(name);
    }

    XmlMarkup text(String text) throws IOException {
        closeStart();
        escape(text, false);
        return this;
    }

    /** Markup that is already well-formed XML, written as it is. */
    XmlMarkup raw(String markup) throws IOException {
        closeStart();
        out.write(markup);
        return this;
    }

    void flush() throws IOException {
        closeStart();
        out.flush();
    }

    /** Copies the reader's current event. */
    void copy(XMLStreamReader xml) throws IOException {
        switch (xml.getEventType()) {
            case XMLStreamConstants.START_ELEMENT -> copyStart(xml, Map.of());
            case XMLStreamConstants.END_ELEMENT -> end(qualified(xml.getPrefix(), xml.getLocalName()));
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> text(xml.getText());
            case XMLStreamConstants.CDATA -> raw("<![CDATA[" + xml.getText() + "]]>");
            case XMLStreamConstants.COMMENT -> raw("<!--" + xml.getText() + "-->");
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> raw("<?" + xml.getPITarget()
                    + (xml.getPIData() == null || xml.getPIData().isEmpty() ? "" : " " + xml.getPIData()) + "?>");
            case XMLStreamConstants.START_DOCUMENT, XMLStreamConstants.END_DOCUMENT -> { }
            default -> throw new DeclinedPackageException("XML event " + xml.getEventType() + " in a part");
        }
    }

    /**
     * Copies the start tag the reader is on, with its namespace declarations; {@code changes} maps unprefixed
     * attribute names to their new value (null removes the attribute; one the tag lacks is added at the end).
     */
    void copyStart(XMLStreamReader xml, Map<String, String> changes) throws IOException {
        start(qualified(xml.getPrefix(), xml.getLocalName()));
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String prefix = xml.getNamespacePrefix(i);
            attribute(prefix == null || prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix, xml.getNamespaceURI(i));
        }
        int changed = 0;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String prefix = xml.getAttributePrefix(i);
            String local = xml.getAttributeLocalName(i);
            boolean plain = prefix == null || prefix.isEmpty();
            if (plain && changes.containsKey(local)) {
                changed++;
                if (changes.get(local) != null) {
                    attribute(local, changes.get(local));
                }
            } else {
                attribute(qualified(prefix, local), xml.getAttributeValue(i));
            }
        }
        if (changed < changes.size()) {
            for (Map.Entry<String, String> change : changes.entrySet()) {
                if (change.getValue() != null && xml.getAttributeValue(null, change.getKey()) == null) {
                    attribute(change.getKey(), change.getValue());
                }
            }
        }
    }

    static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private void closeStart() throws IOException {
        if (startOpen) {
            out.write('>');
            startOpen = false;
        }
    }

    private void escape(String text, boolean attribute) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '\r' -> out.write("&#13;");
                case '"' -> out.write(attribute ? "&quot;" : "\"");
                case '\n' -> out.write(attribute ? "&#10;" : "\n");
                case '\t' -> out.write(attribute ? "&#9;" : "\t");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.write(c);
                    }
                }
            }
        }
    }
}
