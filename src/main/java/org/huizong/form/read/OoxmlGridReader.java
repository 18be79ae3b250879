package org.huizong.form.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.huizong.form.SafeXmlInput;

/**
 * Reads an .xlsx package straight from its XML parts with a streaming parser — the workbook's sheet list, the shared
 * strings, each sheet's cells and merged regions — into {@link CellGrid}s, without building a workbook model. Formulas
 * saved without their results are worked out by {@link FormulaResults}; when one is more than plain arithmetic, the
 * reader declines (returns null) and the full workbook library evaluates the workbook.
 */
final class OoxmlGridReader {

    private static final XMLInputFactory FACTORY = SafeXmlInput.factory();
    private static final String OFFICE_DOCUMENT = "/officeDocument";

    private final WorkbookLimits limits;

    OoxmlGridReader(WorkbookLimits limits) {
        this.limits = limits;
    }

    /**
     * The grids of every sheet in workbook order, or null when a formula saved without its result needs the library.
     *
     * @throws InflationLimitException when a part inflates far beyond its compressed size (a zip bomb lying about sizes)
     * @throws IOException when the package lacks a part (the workbook library then says what is wrong)
     * @throws WorkbookTooLargeException when a sheet has more rows, or the workbook more cells, than the limits allow
     */
    List<CellGrid> read(Path file) throws IOException, XMLStreamException, WorkbookTooLargeException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new IOException("no [Content_Types].xml");
            }
            String workbook = target("", relationships(zip, "_rels/.rels").get(OFFICE_DOCUMENT + "#type"));
            String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
            Map<String, String> rels = relationships(zip, folder + "_rels/" + workbook.substring(folder.length()) + ".rels");
            String sharedStringsPart = rels.get("/sharedStrings#type");
            List<String> strings = sharedStringsPart == null ? List.of() : sharedStrings(zip, target(folder, sharedStringsPart));
            List<SheetCells> sheets = new ArrayList<>();
            CellBudget budget = new CellBudget(limits);
            for (String[] sheet : sheets(zip, workbook)) {
                SheetCells cells = sheet(zip, sheet[0], target(folder, rels.get(sheet[1])), strings, budget);
                if (cells == null) {
                    return null;
                }
                sheets.add(cells);
            }
            return grids(sheets);
        }
    }

    private static List<CellGrid> grids(List<SheetCells> sheets) {
        List<List<GridCell>> results = FormulaResults.of(sheets);
        if (results == null) {
            return null;
        }
        List<CellGrid> grids = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            grids.add(sheets.get(i).grid(results.get(i)));
        }
        return grids;
    }

    /** A part's path from the folder of the part that refers to it. */
    private static String target(String folder, String target) throws IOException {
        if (target == null) {
            throw new IOException("missing relationship");
        }
        return target.startsWith("/") ? target.substring(1) : folder + target;
    }

    /** Relationship id → target, and the target of each relationship type under {@code …/type#type}. */
    private Map<String, String> relationships(ZipFile zip, String part) throws IOException, XMLStreamException {
        Map<String, String> rels = new HashMap<>();
        XMLStreamReader xml = open(zip, part);
        try {
            while (xml.hasNext()) {
                if (SafeXmlInput.next(xml) == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String target = xml.getAttributeValue(null, "Target");
                    rels.put(xml.getAttributeValue(null, "Id"), target);
                    String type = xml.getAttributeValue(null, "Type");
                    rels.putIfAbsent(type.substring(type.lastIndexOf('/')) + "#type", target);
                }
            }
        } finally {
            xml.close();
        }
        return rels;
    }

    /** {name, relationship id} of each sheet, in the workbook's order. */
    private List<String[]> sheets(ZipFile zip, String workbook) throws IOException, XMLStreamException {
        List<String[]> sheets = new ArrayList<>();
        XMLStreamReader xml = open(zip, workbook);
        try {
            while (xml.hasNext()) {
                if (SafeXmlInput.next(xml) == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    String id = null;
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if (xml.getAttributeLocalName(i).equals("id")) {
                            id = xml.getAttributeValue(i);
                        }
                    }
                    sheets.add(new String[] {xml.getAttributeValue(null, "name"), id});
                }
            }
        } finally {
            xml.close();
        }
        return sheets;
    }

    private List<String> sharedStrings(ZipFile zip, String part) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader xml = open(zip, part);
        try {
            StringBuilder text = null;
            boolean phonetic = false;
            while (xml.hasNext()) {
                int event = SafeXmlInput.next(xml);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> text = new StringBuilder();
                        case "rPh" -> phonetic = true;
                        case "t" -> {
                            String run = xml.getElementText();
                            if (!phonetic && text != null) {
                                text.append(run);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("rPh")) {
                        phonetic = false;
                    } else if (xml.getLocalName().equals("si") && text != null) {
                        strings.add(text.toString());
                        text = null;
                    }
                }
            }
        } finally {
            xml.close();
        }
        return strings;
    }

    /** The sheet's cells, or null when a formula saved without its result is one the library must evaluate. */
    private SheetCells sheet(ZipFile zip, String name, String part, List<String> strings, CellBudget budget)
            throws IOException, XMLStreamException, WorkbookTooLargeException {
        XMLStreamReader xml = open(zip, part);
        try {
            SheetCells cells = new SheetCells(name, strings, budget);
            return cells.read(xml) ? cells : null;
        } finally {
            xml.close();
        }
    }

    private XMLStreamReader open(ZipFile zip, String part) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new IOException("no part " + part);
        }
        InputStream in = new InflationLimit(zip.getInputStream(entry), entry.getCompressedSize(), limits);
        return FACTORY.createXMLStreamReader(in);
    }
}
