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
 * strings, each sheet's cells and merged regions — into {@link CellGrid}s, without building a workbook model. Every
 * part is read to its end and counted against the limits, text included, before anything is declined. Formulas
 * saved without their results, or in a workbook that declares its results stale, are worked out by
 * {@link FormulaResults}; when one is more than plain arithmetic, the reader declines ({@link FastPathDeclined}) and
 * the workbook library, the reference {@link GridReader}, evaluates the workbook.
 */
final class OoxmlGridReader implements GridReader {

    private static final XMLInputFactory FACTORY = SafeXmlInput.factory();
    private static final String OFFICE_DOCUMENT = "/officeDocument";

    private final WorkbookLimits limits;

    OoxmlGridReader(WorkbookLimits limits) {
        this.limits = limits;
    }

    /**
     * The grids of every sheet in workbook order.
     *
     * @throws FastPathDeclined when a formula to work out needs the library, or the package lacks a part or holds XML
     *                          the reader cannot parse (the workbook library then says what is wrong)
     * @throws WorkbookTooLargeException when a part inflates far beyond its compressed size (a zip bomb lying about
     *                                   sizes), a sheet has more rows, or the workbook more cells, than the limits allow
     */
    @Override
    public List<CellGrid> read(Path file) throws WorkbookTooLargeException, FastPathDeclined {
        try {
            return readPackage(file);
        } catch (IOException | XMLStreamException e) {
            if (InflationLimit.exceeded(e)) {
                throw new WorkbookTooLargeException(FileProblem.ZIP_BOMB);
            }
            throw new FastPathDeclined(FastPathDeclined.Reason.NOT_COVERED, e.toString(), e);
        } catch (RuntimeException e) {
            if (InflationLimit.exceeded(e)) {
                throw new WorkbookTooLargeException(FileProblem.ZIP_BOMB);
            }
            throw e;
        }
    }

    private List<CellGrid> readPackage(Path file)
            throws IOException, XMLStreamException, WorkbookTooLargeException, FastPathDeclined {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new IOException("no [Content_Types].xml");
            }
            String workbook = target("", relationships(zip, "_rels/.rels").get(OFFICE_DOCUMENT + "#type"));
            String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
            Map<String, String> rels =
                    relationships(zip, folder + "_rels/" + workbook.substring(folder.length()) + ".rels");
            String sharedStringsPart = rels.get("/sharedStrings#type");
            List<String> strings =
                    sharedStringsPart == null ? List.of() : sharedStrings(zip, target(folder, sharedStringsPart));
            WorkbookPart book = workbookPart(zip, workbook);
            if (book.sheets().size() > limits.maxSheets()) {
                throw new WorkbookTooLargeException(
                        FileProblem.SHEETS, book.sheets().size(), limits.maxSheets());
            }
            List<SheetCells> sheets = new ArrayList<>();
            CellBudget budget = new CellBudget(limits);
            boolean declined = false;
            for (String[] sheet : book.sheets()) {
                SheetCells cells =
                        new SheetCells(sheet[0], strings, budget, limits.maxCellChars(), book.resultsStale());
                declined |= !read(zip, target(folder, rels.get(sheet[1])), cells);
                sheets.add(cells);
            }
            if (declined) {
                throw new FastPathDeclined(
                        FastPathDeclined.Reason.FORMULA_TO_WORK_OUT, "a shared or array formula to work out");
            }
            return grids(sheets, limits.maxFormulaDepth());
        }
    }

    private static List<CellGrid> grids(List<SheetCells> sheets, int maxFormulaDepth) throws FastPathDeclined {
        List<List<GridCell>> results = FormulaResults.of(sheets, maxFormulaDepth);
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
                if (SafeXmlInput.next(xml) == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("Relationship")) {
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

    /**
     * The workbook part: {name, relationship id} of each sheet in the workbook's order, and whether it declares its
     * saved formula results stale ({@code <calcPr fullCalcOnLoad="1"/>}, as xlsxwriter writes beside placeholder zeros).
     */
    private record WorkbookPart(List<String[]> sheets, boolean resultsStale) {}

    private WorkbookPart workbookPart(ZipFile zip, String workbook) throws IOException, XMLStreamException {
        List<String[]> sheets = new ArrayList<>();
        boolean stale = false;
        XMLStreamReader xml = open(zip, workbook);
        try {
            while (xml.hasNext()) {
                if (SafeXmlInput.next(xml) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("calcPr")) {
                    String full = xml.getAttributeValue(null, "fullCalcOnLoad");
                    stale = "1".equals(full) || "true".equals(full);
                } else if (xml.getLocalName().equals("sheet")) {
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
        return new WorkbookPart(sheets, stale);
    }

    /** The shared strings, each and all of them within the limits. */
    private List<String> sharedStrings(ZipFile zip, String part)
            throws IOException, XMLStreamException, WorkbookTooLargeException {
        List<String> strings = new ArrayList<>();
        long chars = 0;
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
                            String run = BoundedText.read(xml, limits.maxCellChars());
                            chars += run.length();
                            if (chars > limits.maxSharedStringChars()) {
                                throw new WorkbookTooLargeException(
                                        FileProblem.SHARED_TEXT, limits.maxSharedStringChars());
                            }
                            if (!phonetic && text != null) {
                                if (text.length() + run.length() > limits.maxCellChars()) {
                                    throw BoundedText.tooLong(limits.maxCellChars());
                                }
                                text.append(run);
                            }
                        }
                        default -> {}
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

    /** Reads one sheet's part into {@code cells}; false when a formula to work out is one the library must evaluate. */
    private boolean read(ZipFile zip, String part, SheetCells cells)
            throws IOException, XMLStreamException, WorkbookTooLargeException {
        XMLStreamReader xml = open(zip, part);
        try {
            return cells.read(xml);
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
