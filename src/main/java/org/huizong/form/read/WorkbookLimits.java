package org.huizong.form.read;

/**
 * What one submitted workbook may hold before it is refused (F02): file size, uncompressed size and expansion
 * ratio of an .xlsx package, sheets, rows per sheet and cells in all.
 */
public record WorkbookLimits(long maxFileBytes, long maxUncompressedBytes, int maxExpansionRatio, int maxSheets,
                             int maxRowsPerSheet, int maxCells) {

    /** Generous for a statistics form of a few hundred cells; far below what hurts a run. */
    public static WorkbookLimits defaults() {
        return new WorkbookLimits(20L * 1024 * 1024, 200L * 1024 * 1024, 100, 50, 5000, 200_000);
    }
}
