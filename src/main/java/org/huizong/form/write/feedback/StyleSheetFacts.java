package org.huizong.form.write.feedback;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.SafeXmlInput;

/**
 * What the styles part holds that a highlight needs: how many fonts, fills, borders and cell formats there are,
 * which fills paint the cell, and each cell format (xf) as written, to be cloned with another fill.
 */
final class StyleSheetFacts {

    /** A cell format: its fill, whether the fill applies, and its markup (attributes, then what is inside). */
    record CellFormat(int fillId, boolean fillApplied, List<String[]> attributes, String inner) {}

    private final Map<String, Integer> counts = new HashMap<>();
    private final List<Boolean> paintingFills = new ArrayList<>();
    private final List<CellFormat> cellFormats = new ArrayList<>();
    private String prefix = "";

    static StyleSheetFacts of(PackageParts parts, String part) throws IOException {
        StyleSheetFacts facts = new StyleSheetFacts();
        XMLStreamReader xml = parts.xml(part);
        try {
            facts.read(xml);
            xml.close();
        } catch (XMLStreamException | IllegalArgumentException e) { // unparsable XML, a malformed number or reference
            throw new DeclinedPackageException(part + ": " + e);
        }
        return facts;
    }

    private void read(XMLStreamReader xml) throws XMLStreamException, IOException {
        int depth = 0;
        String section = null;
        while (xml.hasNext()) {
            int event = SafeXmlInput.next(xml);
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String name = xml.getLocalName();
            if (depth == 1) {
                if (!WorkbookLayout.MAIN.equals(xml.getNamespaceURI())) {
                    throw new DeclinedPackageException("styles namespace " + xml.getNamespaceURI());
                }
                prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
            } else if (depth == 2) {
                section = name;
                counts.putIfAbsent(section, 0);
            } else if (depth == 3) {
                counts.merge(section, 1, Integer::sum);
                if (section.equals("fills") && name.equals("fill")) {
                    paintingFills.add(paints(xml));
                    depth--;
                } else if (section.equals("cellXfs") && name.equals("xf")) {
                    cellFormats.add(cellFormat(xml));
                    depth--;
                }
            }
        }
    }

    /** Whether a fill paints the cell (a pattern other than none, or a gradient); reads to the fill's end. */
    private static boolean paints(XMLStreamReader xml) throws XMLStreamException {
        boolean paints = false;
        for (int depth = 1; depth > 0; ) {
            int event = SafeXmlInput.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String pattern = xml.getAttributeValue(null, "patternType");
                if (xml.getLocalName().equals("gradientFill")
                        || xml.getLocalName().equals("patternFill") && pattern != null && !pattern.equals("none")) {
                    paints = true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return paints;
    }

    /** The xf the reader is on, read to its end. */
    private static CellFormat cellFormat(XMLStreamReader xml) throws XMLStreamException, IOException {
        List<String[]> attributes = new ArrayList<>();
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String declared = xml.getNamespacePrefix(i);
            attributes.add(new String[] {
                declared == null || declared.isEmpty() ? "xmlns" : "xmlns:" + declared, xml.getNamespaceURI(i)
            });
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.add(new String[] {
                XmlMarkup.qualified(xml.getAttributePrefix(i), xml.getAttributeLocalName(i)), xml.getAttributeValue(i)
            });
        }
        String fillId = xml.getAttributeValue(null, "fillId");
        String applyFill = xml.getAttributeValue(null, "applyFill");
        XmlMarkup inner = new XmlMarkup(128);
        for (int depth = 1; ; ) {
            int event = SafeXmlInput.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT && --depth == 0) {
                break;
            }
            inner.copy(xml);
        }
        boolean applied = applyFill == null || !(applyFill.equals("0") || applyFill.equals("false"));
        return new CellFormat(fillId == null ? 0 : Integer.parseInt(fillId), applied, attributes, inner.text());
    }

    String prefix() {
        return prefix;
    }

    /** How many elements a section ({@code fonts}, {@code fills}, {@code cellXfs}…) holds; -1 when it is absent. */
    int count(String section) {
        return counts.getOrDefault(section, -1);
    }

    int cellFormatCount() {
        return cellFormats.size();
    }

    CellFormat cellFormat(int index) throws DeclinedPackageException {
        if (index < 0 || index >= cellFormats.size()) {
            throw new DeclinedPackageException("cell format " + index + " of " + cellFormats.size());
        }
        return cellFormats.get(index);
    }

    /** Whether cells of this format are painted, as the workbook library sees it (a fill that applies and paints). */
    boolean painted(int index) throws DeclinedPackageException {
        CellFormat format = cellFormat(index);
        return format.fillApplied() && format.fillId() < paintingFills.size() && paintingFills.get(format.fillId());
    }
}
