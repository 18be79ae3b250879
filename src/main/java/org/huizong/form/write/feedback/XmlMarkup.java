package org.huizong.form.write.feedback;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Builds XML text, escaping so that a parser reads back exactly the values written (a line break in an attribute
 * stays a line break), and copies the current event of a reader. A start tag is closed lazily: an element ended
 * straight away is written {@code <name/>}.
 */
final class XmlMarkup {

    private final StringBuilder out;
    private boolean startOpen;

    XmlMarkup(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** The markup so far, as UTF-8. */
    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The markup so far. */
    String text() {
        closeStart();
        return out.toString();
    }

    XmlMarkup declaration() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        return this;
    }

    XmlMarkup start(String name) {
        closeStart();
        out.append('<');
        out.append(name);
        startOpen = true;
        return this;
    }

    XmlMarkup attribute(String name, String value) {
        out.append(' ');
        out.append(name);
        out.append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    XmlMarkup end(String name) {
        if (startOpen) {
            out.append("/>");
            startOpen = false;
        } else {
            out.append("</");
            out.append(name);
            out.append('>');
        }
        return this;
    }

    /** An element of text only: {@code <name>text</name>}. */
    XmlMarkup textElement(String name, String text) {
        return start(name).text(text).end(name);
    }

    XmlMarkup text(String text) {
        closeStart();
        escape(text, false);
        return this;
    }

    /** Markup that is already well-formed XML, written as it is. */
    XmlMarkup raw(String markup) {
        closeStart();
        out.append(markup);
        return this;
    }

    /** Copies the reader's current event. */
    void copy(XMLStreamReader xml) throws DeclinedPackageException {
        switch (xml.getEventType()) {
            case XMLStreamConstants.START_ELEMENT -> copyStart(xml, Map.of());
            case XMLStreamConstants.END_ELEMENT -> end(qualified(xml.getPrefix(), xml.getLocalName()));
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> text(xml.getText());
            case XMLStreamConstants.CDATA -> raw("<![CDATA[" + xml.getText() + "]]>");
            case XMLStreamConstants.COMMENT -> raw("<!--" + xml.getText() + "-->");
            case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                raw("<?" + xml.getPITarget()
                        + (xml.getPIData() == null || xml.getPIData().isEmpty() ? "" : " " + xml.getPIData()) + "?>");
            case XMLStreamConstants.START_DOCUMENT, XMLStreamConstants.END_DOCUMENT -> {}
            default -> throw new DeclinedPackageException("XML event " + xml.getEventType() + " in a part");
        }
    }

    /**
     * Copies the start tag the reader is on, with its namespace declarations; {@code changes} maps unprefixed
     * attribute names to their new value (null removes the attribute; one the tag lacks is added at the end).
     */
    void copyStart(XMLStreamReader xml, Map<String, String> changes) {
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

    private void closeStart() {
        if (startOpen) {
            out.append('>');
            startOpen = false;
        }
    }

    /** Writes the text, runs that need no escaping at once. */
    private void escape(String text, boolean attribute) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            String escaped = escaped(text.charAt(i), attribute);
            if (escaped != null) {
                out.append(text, run, i);
                out.append(escaped);
                run = i + 1;
            }
        }
        out.append(text, run, text.length());
    }

    /** What stands for the character in XML text or an attribute value, or null when it stands for itself. */
    private static String escaped(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\r' -> "&#13;";
            case '"' -> attribute ? "&quot;" : null;
            case '\n' -> attribute ? "&#10;" : null;
            case '\t' -> attribute ? "&#9;" : null;
            default -> c < 0x20 || c == 0xFFFE || c == 0xFFFF ? "" : null;
        };
    }
}
