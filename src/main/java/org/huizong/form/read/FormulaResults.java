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
 * taken from its saved result. A formula whose references run in a circle or deeper than the limit gets a
 * {@linkplain GridCell#failed failed} cell, as do the formulas that need it. When any formula is not
 * {@linkplain ArithmeticFormula plain arithmetic} over numbers, or the references run over too many cells, there are
 * no results and the workbook is left to the library.
 */
final class FormulaResults {

    private static final int MAX_VISITS = 1_000_000;

    private final List<SheetCells> sheets;
    private final int maxDepth;
    private final Map<SheetCells, NavigableMap<Long, Object>> indexes = new HashMap<>();
    private final Map<String, Double> evaluated = new HashMap<>();
    private final Map<String, FormulaFailure> failed = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private int visits;

    private FormulaResults(List<SheetCells> sheets, int maxDepth) {
        this.sheets = sheets;
        this.maxDepth = maxDepth;
    }

    /** A formula that cannot be worked out, whoever evaluates it: the library would do no better. */
    private static final class Failed extends Unsupported {

        private final FormulaFailure failure;

        Failed(FormulaFailure failure) {
            super(failure.name());
            this.failure = failure;
        }
    }

    /** Per sheet, in order, the result cells of its pending formulas. */
    static List<List<GridCell>> of(List<SheetCells> sheets, int maxDepth) throws FastPathDeclined {
        try {
            return new FormulaResults(sheets, maxDepth).all();
        } catch (Unsupported e) {
            throw new FastPathDeclined(
                    FastPathDeclined.Reason.FORMULA_TO_WORK_OUT,
                    "a formula beyond plain arithmetic: " + e.getMessage());
        }
    }

    private List<List<GridCell>> all() throws Unsupported {
        List<List<GridCell>> results = new ArrayList<>();
        for (SheetCells sheet : sheets) {
            List<GridCell> cells = new ArrayList<>();
            for (PendingFormula formula : sheet.pending()) {
                try {
                    double value = valueOf(sheet, formula.row(), formula.column(), formula.formula(), 0);
                    cells.add(GridCell.computed(
                            formula.row(), formula.column(), CellKind.NUMBER, null, value, formula.formula()));
                } catch (Failed e) {
                    inProgress.clear();
                    cells.add(GridCell.failed(formula.row(), formula.column(), e.failure, formula.formula()));
                }
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
        FormulaFailure failure = failed.get(key);
        if (failure == null && !inProgress.add(key)) {
            failure = FormulaFailure.CYCLE;
        } else if (failure == null && depth > maxDepth) {
            failure = FormulaFailure.TOO_DEEP;
        }
        if (failure != null) {
            failed.put(key, failure);
            throw new Failed(failure);
        }
        try {
            double value = ArithmeticFormula.evaluate(formula, new SheetScope(sheet, depth));
            evaluated.put(key, value);
            return value;
        } catch (Failed e) {
            failed.put(key, e.failure); // so do the formulas that need this one
            throw e;
        } finally {
            inProgress.remove(key);
        }
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
        public double addRange(
                double total, String sheetName, int firstRow, int firstColumn, int lastRow, int lastColumn)
                throws Unsupported {
            SheetCells sheet = sheet(sheetName);
            NavigableMap<Long, Object> rows = index(sheet)
                    .subMap(CellGrid.key(firstRow, firstColumn), true, CellGrid.key(lastRow, lastColumn), true);
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
            return content instanceof GridCell cell
                    && !cell.isFormula()
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
            s.emptyTextPositions()
                    .forEach(position -> index.put(
                            position, GridCell.text(CellGrid.rowOf(position), CellGrid.columnOf(position), "", null)));
            s.opaquePositions().forEach(position -> index.put(position, Boolean.FALSE));
            return index;
        });
    }
}
