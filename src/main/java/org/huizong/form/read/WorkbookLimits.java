package org.huizong.form.read;

/**
 * What one submitted workbook may hold before it is refused (F02): file size, uncompressed size and expansion
 * ratio of an .xlsx package, sheets, rows per sheet (rows that hold a cell) and cells in all, the characters of one
 * cell's text and of all the shared strings, and how deep one formula's references may run before it is reported as
 * not computable.
 */
public record WorkbookLimits(
        long maxFileBytes,
        long maxUncompressedBytes,
        int maxExpansionRatio,
        int maxSheets,
        int maxRowsPerSheet,
        int maxCells,
        int maxCellChars,
        long maxSharedStringChars,
        int maxFormulaDepth) {

    /** Generous for a statistics form of a few hundred cells; far below what hurts a run. */
    public static WorkbookLimits defaults() {
        return new WorkbookLimits(
                20L * 1024 * 1024, 200L * 1024 * 1024, 100, 50, 5000, 200_000, 32_767, 4_000_000, 100);
    }

    /** These limits with other sheet, row and cell counts (for tests of those limits). */
    public WorkbookLimits withCounts(int sheets, int rowsPerSheet, int cells) {
        return new WorkbookLimits(
                maxFileBytes,
                maxUncompressedBytes,
                maxExpansionRatio,
                sheets,
                rowsPerSheet,
                cells,
                maxCellChars,
                maxSharedStringChars,
                maxFormulaDepth);
    }

    /** These limits with another file size (for tests of that limit). */
    public WorkbookLimits withFileBytes(long bytes) {
        return new WorkbookLimits(
                bytes,
                maxUncompressedBytes,
                maxExpansionRatio,
                maxSheets,
                maxRowsPerSheet,
                maxCells,
                maxCellChars,
                maxSharedStringChars,
                maxFormulaDepth);
    }
}
