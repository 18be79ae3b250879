package org.huizong.form.read;

/**
 * The rows of a sheet and the cells of a whole workbook counted against the {@link WorkbookLimits}, as a sheet's XML
 * or an .xls's records stream past: a workbook beyond them is refused before it is held in memory.
 */
final class CellBudget {

    private final WorkbookLimits limits;
    private long cells;

    CellBudget(WorkbookLimits limits) {
        this.limits = limits;
    }

    /** A row reached, numbered from 1. */
    void row(int number) throws WorkbookTooLargeException {
        if (number > limits.maxRowsPerSheet()) {
            throw new WorkbookTooLargeException(FileProblem.ROWS, number, limits.maxRowsPerSheet());
        }
    }

    /** One more cell of the workbook. */
    void cell() throws WorkbookTooLargeException {
        cells(1);
    }

    /** More cells of the workbook at once. */
    void cells(long count) throws WorkbookTooLargeException {
        cells += count;
        if (cells > limits.maxCells()) {
            throw new WorkbookTooLargeException(FileProblem.CELLS, limits.maxCells());
        }
    }
}
