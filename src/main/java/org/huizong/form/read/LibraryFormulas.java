package org.huizong.form.read;

import java.util.Set;
import org.apache.poi.ss.formula.CollaboratingWorkbooksEnvironment.WorkbookNotFoundException;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The formula cells of a workbook opened with the library: the saved result where the file vouches for it, else the
 * library's evaluation, and a {@linkplain GridCell#failed failed} cell where that cannot be had (a cycle, an unknown
 * function, another file, references deeper than the stack allows). After one evaluation ran out of stack, the
 * workbook's other formulas to work out fail the same way without another try.
 */
final class LibraryFormulas {

    private final Workbook workbook;
    private final boolean resultsStale;
    private FormulaEvaluator evaluator;
    private boolean tooDeep;

    LibraryFormulas(Workbook workbook) {
        this.workbook = workbook;
        this.resultsStale = workbook instanceof XSSFWorkbook xssf && xssf.getForceFormulaRecalculation();
    }

    /**
     * Whether the file does not vouch for the formula's saved result: an .xlsx saved without one (or an empty one), or
     * declaring its results stale; an .xls formula among its sheet's {@link #staleFormulas}.
     */
    boolean stale(Cell cell, Set<Long> staleFormulas) {
        if (cell instanceof XSSFCell xssf) {
            var ct = xssf.getCTCell();
            boolean noResult = !ct.isSetV()
                    || (ct.getV().isEmpty()
                            && ct.getT() != org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
            return resultsStale || noResult;
        }
        return staleFormulas.contains(CellGrid.key(cell.getRowIndex(), cell.getColumnIndex()));
    }

    /**
     * The positions ({@link CellGrid#key}) of an .xls sheet's formulas whose saved result the file does not vouch for,
     * read from its records as {@link BiffSheet#staleFormulas()} reads them: an empty text (xlwt's placeholder),
     * fAlwaysCalc, a sheet saved uncalculated. Empty for an .xlsx sheet, whose cells tell it themselves.
     */
    static Set<Long> staleFormulas(org.apache.poi.ss.usermodel.Sheet sheet) {
        if (!(sheet instanceof org.apache.poi.hssf.usermodel.HSSFSheet hssf)) {
            return Set.of();
        }
        Set<Long> stale = new java.util.HashSet<>();
        boolean uncalced = hssf.getSheet().getUncalced();
        for (var records = hssf.getSheet().getCellValueIterator(); records.hasNext(); ) {
            if (records.next() instanceof org.apache.poi.hssf.record.aggregates.FormulaRecordAggregate aggregate) {
                var formula = aggregate.getFormulaRecord();
                boolean emptyText = formula.getCachedResultTypeEnum() == org.apache.poi.ss.usermodel.CellType.STRING
                        && (aggregate.getStringValue() == null
                                || aggregate.getStringValue().isEmpty());
                if (uncalced || formula.isAlwaysCalc() || emptyText) {
                    stale.add(CellGrid.key(formula.getRow(), formula.getColumn()));
                }
            }
        }
        return stale;
    }

    /** The formula's saved result, as the file has it. */
    static GridCell saved(Cell cell) {
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        String formula = cell.getCellFormula();
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> GridCell.number(row, column, cell.getNumericCellValue(), formula);
            case STRING -> GridCell.text(row, column, cell.getStringCellValue(), formula);
            case BOOLEAN ->
                GridCell.other(row, column, CellKind.BOOLEAN, String.valueOf(cell.getBooleanCellValue()), formula);
            case ERROR ->
                GridCell.other(
                        row,
                        column,
                        CellKind.ERROR,
                        FormulaError.forInt(cell.getErrorCellValue()).getString(),
                        formula);
            default -> GridCell.text(row, column, "", formula);
        };
    }

    /** The library's evaluation of the formula, or a failed cell saying why there is none. */
    GridCell evaluated(Cell cell) {
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        String formula = cell.getCellFormula();
        if (tooDeep) {
            return GridCell.failed(row, column, FormulaFailure.TOO_DEEP, formula);
        }
        CellValue value;
        try {
            value = evaluator().evaluate(cell);
        } catch (StackOverflowError e) {
            tooDeep = true;
            evaluator = null; // its bookkeeping of the cells under way is lost
            return GridCell.failed(row, column, FormulaFailure.TOO_DEEP, formula);
        } catch (NotImplementedException e) {
            return GridCell.failed(row, column, FormulaFailure.UNSUPPORTED, formula);
        } catch (RuntimeException e) {
            return GridCell.failed(
                    row, column, refersToAnotherFile(e) ? FormulaFailure.EXTERNAL : FormulaFailure.OTHER, formula);
        }
        if (value == null) {
            return GridCell.computed(row, column, CellKind.TEXT, "", 0, formula);
        }
        return switch (value.getCellType()) {
            case NUMERIC -> GridCell.computed(row, column, CellKind.NUMBER, null, value.getNumberValue(), formula);
            case STRING -> GridCell.computed(row, column, CellKind.TEXT, value.getStringValue(), 0, formula);
            case BOOLEAN ->
                GridCell.computed(row, column, CellKind.BOOLEAN, String.valueOf(value.getBooleanValue()), 0, formula);
            default ->
                value.getErrorValue() == FormulaError.CIRCULAR_REF.getCode()
                        ? GridCell.failed(row, column, FormulaFailure.CYCLE, formula)
                        : GridCell.computed(
                                row,
                                column,
                                CellKind.ERROR,
                                FormulaError.forInt(value.getErrorValue()).getString(),
                                0,
                                formula);
        };
    }

    private static boolean refersToAnotherFile(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WorkbookNotFoundException) {
                return true;
            }
        }
        return false;
    }

    private FormulaEvaluator evaluator() {
        if (evaluator == null) {
            evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        }
        return evaluator;
    }
}
