package org.huizong.form.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.SafeXmlInput;

/**
 * The cells and merged regions of one sheet's XML ({@code <row><c r t><f/><v/><is/></c></row>}, {@code <mergeCell>}),
 * as the workbook library would give them: shared and inline strings, numbers, booleans, errors, and formula
 * results with their formula. A formula saved without its result is kept {@linkplain #pending() pending} for
 * {@link FormulaResults} to work out.
 */
final class SheetCells {

    private final String name;
    private final List<String> strings;
    private final CellBudget budget;
    private final int maxCellChars;
    private final boolean recalculate;
    private final List<GridCell> cells = new ArrayList<>();
    private final List<MergedRegion> regions = new ArrayList<>();
    private final List<PendingFormula> pending = new ArrayList<>();
    private final Set<Long> opaque = new HashSet<>();
    private final Set<Long> emptyTexts = new HashSet<>();
    private int row = -1;
    private int column = -1;
    private int countedRow = -1;
    private boolean declined;

    /**
     * @param recalculate the workbook declares its saved formula results stale ({@code calcPr fullCalcOnLoad}): every
     *                    formula is worked out, whatever result it carries
     */
    SheetCells(String name, List<String> strings, CellBudget budget, int maxCellChars, boolean recalculate) {
        this.name = name;
        this.strings = strings;
        this.budget = budget;
        this.maxCellChars = maxCellChars;
        this.recalculate = recalculate;
    }

    /** A formula cell saved without its result. */
    record PendingFormula(int row, int column, String formula) {}

    /**
     * Reads the whole sheet, counting it against the limits; false when a formula to work out is shared or an array
     * (left to the library).
     */
    boolean read(XMLStreamReader xml) throws XMLStreamException, WorkbookTooLargeException {
        while (xml.hasNext()) {
            int event = SafeXmlInput.next(xml);
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "row" -> { // a row without cells (a height set on an empty row) is not counted
                    String r = xml.getAttributeValue(null, "r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    column = -1;
                }
                case "c" -> declined |= !cell(xml);
                case "mergeCell" -> merged(xml.getAttributeValue(null, "ref"));
                default -> {}
            }
        }
        return !declined;
    }

    String name() {
        return name;
    }

    List<GridCell> cells() {
        return cells;
    }

    List<PendingFormula> pending() {
        return pending;
    }

    /**
     * The positions ({@link CellGrid#key}) that hold what a formula cannot use and the grid leaves out or cannot stand
     * for: a number without digits, or a shared or array formula.
     */
    Set<Long> opaquePositions() {
        return opaque;
    }

    /** The positions ({@link CellGrid#key}) of empty texts, which the grid leaves out as the library reads them. */
    Set<Long> emptyTextPositions() {
        return emptyTexts;
    }

    /** The grid, with the worked-out results of the pending formulas. */
    CellGrid grid(List<GridCell> results) {
        List<GridCell> all = new ArrayList<>(cells);
        all.addAll(results);
        return new CellGrid(name, all, regions);
    }

    private boolean cell(XMLStreamReader xml) throws XMLStreamException, WorkbookTooLargeException {
        budget.cell();
        String ref = xml.getAttributeValue(null, "r");
        if (ref != null) {
            int[] position = position(ref);
            row = position[0];
            column = position[1];
        } else {
            column++;
        }
        if (row != countedRow) {
            budget.row(row + 1);
            countedRow = row;
        }
        String type = xml.getAttributeValue(null, "t");
        String formula = null;
        String formulaType = null;
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = SafeXmlInput.next(xml);
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "f" -> {
                        formulaType = xml.getAttributeValue(null, "t");
                        formula = BoundedText.read(xml, maxCellChars);
                    }
                    case "v" -> value = BoundedText.read(xml, maxCellChars);
                    case "t" -> inline = appendBounded(inline, BoundedText.read(xml, maxCellChars));
                    default -> {}
                }
            }
        }
        boolean plainFormula =
                formula != null && !formula.isBlank() && (formulaType == null || formulaType.equals("normal"));
        if (formula != null && (recalculate || noResult(type, value, inline))) {
            value = null; // openpyxl saves <v></v>; xlsxwriter saves 0 and declares the results stale
            inline = null;
        }
        if (value == null && inline == null) {
            if (formula != null) {
                if (!plainFormula) {
                    return false;
                }
                pending.add(new PendingFormula(row, column, formula));
            }
            return true;
        }
        GridCell cell = convert(type, value, inline, formula);
        if (cell != null) {
            cells.add(cell);
        }
        boolean text = "s".equals(type) || "inlineStr".equals(type);
        if (cell == null && text && formula == null) {
            emptyTexts.add(CellGrid.key(row, column));
        } else if (cell == null || (formula != null && !plainFormula)) {
            opaque.add(CellGrid.key(row, column));
        }
        return true;
    }

    /** A formula's saved result that is none: missing, or an empty value where a number or a text should stand. */
    private static boolean noResult(String type, String value, StringBuilder inline) {
        return inline == null && (value == null || (value.isEmpty() && !"str".equals(type)));
    }

    private StringBuilder appendBounded(StringBuilder inline, String run) throws WorkbookTooLargeException {
        StringBuilder text = inline == null ? new StringBuilder() : inline;
        if (text.length() + run.length() > maxCellChars) {
            throw BoundedText.tooLong(maxCellChars);
        }
        return text.append(run);
    }

    private GridCell convert(String type, String value, StringBuilder inline, String formula) {
        String kind = type == null ? "n" : type;
        return switch (kind) {
            case "s" -> text(strings.get(Integer.parseInt(value.trim())), formula);
            case "inlineStr" -> text(inline == null ? value : inline.toString(), formula);
            case "str" -> GridCell.text(row, column, value == null ? "" : value, formula);
            case "b" ->
                GridCell.other(row, column, CellKind.BOOLEAN, String.valueOf("1".equals(value.trim())), formula);
            case "e" -> GridCell.other(row, column, CellKind.ERROR, value, formula);
            default -> value.isBlank() ? null : GridCell.number(row, column, Double.parseDouble(value.trim()), formula);
        };
    }

    /** An empty string is no cell, as the workbook library reads it (unless a formula made it). */
    private GridCell text(String text, String formula) {
        return text.isEmpty() && formula == null ? null : GridCell.text(row, column, text, formula);
    }

    private void merged(String ref) {
        if (ref == null || !ref.contains(":")) {
            return;
        }
        int[] from = position(ref.substring(0, ref.indexOf(':')));
        int[] to = position(ref.substring(ref.indexOf(':') + 1));
        regions.add(new MergedRegion(from[0], to[0], from[1], to[1]));
    }

    /** {row, column}, both from 0, of an A1 reference. */
    static int[] position(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return new int[] {Integer.parseInt(ref.substring(i)) - 1, column - 1};
    }
}
