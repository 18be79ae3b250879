package org.huizong.form.read;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.SafeXmlInput;

/**
 * An element's text read piece by piece as the streaming parser hands it over, refused (F02) as soon as it passes
 * {@link WorkbookLimits#maxCellChars()}: one cell's text may be a few hundred characters, and a part that holds a
 * string of a hundred million would otherwise fill the heap before any limit was looked at.
 */
final class BoundedText {

    private BoundedText() {}

    /** The text of the element the reader stands at the start of; the reader is left at its end. */
    static String read(XMLStreamReader xml, int maxChars) throws XMLStreamException, WorkbookTooLargeException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = SafeXmlInput.next(xml);
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + xml.getTextLength() > maxChars) {
                        throw tooLong(maxChars);
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> text.append(xml.getText()); // as getElementText() reads it
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.START_ELEMENT ->
                    throw new XMLStreamException("an element inside a text element");
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("a text element not closed");
                default -> {} // comments, processing instructions
            }
        }
    }

    /** The refusal of a text longer than {@code maxChars}, however it was put together. */
    static WorkbookTooLargeException tooLong(int maxChars) {
        return new WorkbookTooLargeException(FileProblem.CELL_TEXT, maxChars);
    }
}
