package org.huizong.form.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.huizong.form.read.ArithmeticFormula.Unsupported;
import org.huizong.form.read.SheetCells.PendingFormula;

/**
 * Works out the formulas a workbook was saved without results for (as scripts write totals), over the cells of all
 * its sheets, the way the workbook library's evaluator does: a referenced formula is evaluated again rather than
 * taken from its saved result. When any formula is not {@linkplain ArithmeticFormula plain arithmetic} over numbers,
 * or the references run in a circle, too deep or over too many cells, there are no results and the workbook is left
 * to the library.
 */
final class FormulaResults {

    private static final int MAX_DEPTH = 100;
    private static final int MAX_VISITS = 1_000_000;

    private final List<SheetCells> sheets;
    private final Map<SheetCells, NavigableMap<Long, Object>> indexes = new HashMap<>();
    private final Map<String, Double> evaluated = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private int visits;

    private FormulaResults(List<SheetCells> sheets) {
        this.sheets = sheets;
    }

    /** Per sheet, in order, the result cells of its pending formulas; null when the library must evaluate them. */
    static List<List<GridCell>> of(List<SheetCells> sheets) {
        try {
            return new FormulaResults(sheets).all();
        } catch (Unsupported e) {
            return null;
        }
    }

    private List<List<GridCell>> all() throws Unsupported {
        List<List<GridCell>> results = new ArrayList<>();
        for (SheetCells sheet : sheets) {
            List<GridCell> cells = new ArrayList<>();
            for (PendingFormula formula : sheet.pending()) {
                double value = valueOf(sheet, formula.row(), formula.column(), formula.formula(), 0);
                cells.add(GridCell.number(formula.row(), formula.column(), value, formula.formula()));
            }
            results.add(cells);
        }
        return results;
    }

    private double valueOf(SheetCells sheet, int row, int column, String formula, int depth) throws Unsupported {
        String key = sheets.indexOf(sheet) + "!" + CellGrid.key(row, column);
        Double known = evaluated.get(key);
        if (known != null) {
            return known;
        }
        if (depth > MAX_DEPTH || !inProgress.add(key)) {
            throw new Unsupported("references too deep or circular");
        }
        double value = ArithmeticFormula.evaluate(formula, new SheetScope(sheet, depth));
        inProgress.remove(key);
        evaluated.put(key, value);
        return value;
    }

    /**
     * The references of a formula on one sheet. In arithmetic an empty cell is 0 and anything but a number is left to
     * the library; a sum over cells passes over texts and truth values, as the library does.
     */
    private final class SheetScope implements ArithmeticFormula.Cells {

        private final SheetCells home;
        private final int depth;

        SheetScope(SheetCells home, int depth) {
            this.home = home;
            this.depth = depth;
        }

        @Override
        public double value(String sheetName, int row, int column) throws Unsupported {
            SheetCells sheet = sheet(sheetName);
            visit();
            Object content = index(sheet).get(CellGrid.key(row, column));
            return content == null ? 0 : number(sheet, row, column, content);
        }

        @Override
        public double addRange(double total, String sheetName, int firstRow, int firstColumn, int lastRow, int lastColumn)
                throws Unsupported {
            SheetCells sheet = sheet(sheetName);
            NavigableMap<Long, Object> rows = index(sheet).subMap(CellGrid.key(firstRow, firstColumn), true,
                    CellGrid.key(lastRow, lastColumn), true);
            double sum = total;
            for (Map.Entry<Long, Object> entry : rows.entrySet()) {
                visit();
                int column = CellGrid.columnOf(entry.getKey());
                if (column >= firstColumn && column <= lastColumn && !isTextOrTruth(entry.getValue())) {
                    sum += number(sheet, CellGrid.rowOf(entry.getKey()), column, entry.getValue());
                }
            }
            return sum;
        }

        /** A text or a truth value typed in a cell, which a sum over cells passes over. */
        private static boolean isTextOrTruth(Object content) {
            return content instanceof GridCell cell && !cell.isFormula()
                    && (cell.kind() == CellKind.TEXT || cell.kind() == CellKind.BOOLEAN);
        }

        private void visit() throws Unsupported {
            if (++visits > MAX_VISITS) {
                throw new Unsupported("too many cells referenced");
            }
        }

        private double number(SheetCells sheet, int row, int column, Object content) throws Unsupported {
            if (content instanceof PendingFormula pending) {
                return valueOf(sheet, row, column, pending.formula(), depth + 1);
            }
            if (content instanceof GridCell cell && cell.kind() == CellKind.NUMBER) {
                return cell.isFormula() ? valueOf(sheet, row, column, cell.formula(), depth + 1) : cell.number();
            }
            throw new Unsupported("a reference to a cell that holds no number");
        }

        private SheetCells sheet(String name) throws Unsupported {
            if (name == null) {
                return home;
            }
            SheetCells found = null;
            for (SheetCells sheet : sheets) {
                if (sheet.name().equalsIgnoreCase(name)) {
                    if (found != null) {
                        throw new Unsupported("two sheets named " + name);
                    }
                    found = sheet;
                }
            }
            if (found == null) {
                throw new Unsupported("no sheet named " + name);
            }
            return found;
        }
    }

    /**
     * Every position of a sheet that holds something, in row-then-column order: its cell (an empty text too), its
     * pending formula, or FALSE for what no formula here can use.
     */
    private NavigableMap<Long, Object> index(SheetCells sheet) {
        return indexes.computeIfAbsent(sheet, s -> {
            NavigableMap<Long, Object> index = new TreeMap<>();
            for (GridCell cell : s.cells()) {
                index.put(CellGrid.key(cell.row(), cell.column()), cell);
            }
            for (PendingFormula formula : s.pending()) {
                index.put(CellGrid.key(formula.row(), formula.column()), formula);
            }
            s.emptyTextPositions().forEach(position -> index.put(position,
                    GridCell.text(CellGrid.rowOf(position), CellGrid.columnOf(position), "", null)));
            s.opaquePositions().forEach(position -> index.put(position, Boolean.FALSE));
            return index;
        });
    }
}
