package org.huizong.form.write;

import java.util.List;

/**
 * A plain sheet added to a workbook: lines of text above the table (a verdict, what to do), a header row and data
 * rows. {@code widths} gives each column's width in characters, 0 for a hidden column (one kept for the machine that
 * reads the sheet back); without them the columns suit the 问题清单 of old, and columns past them are 14 wide.
 */
public record SheetTable(
        String name, List<String> lines, List<String> header, List<List<Object>> rows, List<Integer> widths) {

    private static final int[] WIDTHS = {6, 10, 12, 10, 8, 28, 22, 10, 10, 60, 30};

    public SheetTable {
        lines = List.copyOf(lines);
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        widths = List.copyOf(widths);
    }

    public SheetTable(String name, List<String> header, List<List<Object>> rows) {
        this(name, List.of(), header, rows, List.of());
    }

    /** The width of a column (from 0), in characters; 0 for a hidden column. */
    public int width(int column) {
        if (!widths.isEmpty()) {
            return column < widths.size() ? widths.get(column) : 14;
        }
        return column < WIDTHS.length ? WIDTHS[column] : 14;
    }

    public boolean hidden(int column) {
        return width(column) == 0;
    }

    /** The row (from 0) of the header: below the lines and a blank row after them. */
    public int headerRow() {
        return lines.isEmpty() ? 0 : lines.size() + 1;
    }

    /**
     * The height in points a data row needs so that its wrapped texts show whole: a line of 15 points for every
     * column width's worth of text (a Chinese character takes two), at least one.
     */
    public double height(List<?> row) {
        int lines = 1;
        for (int c = 0; c < row.size(); c++) {
            Object value = row.get(c);
            if (value instanceof String text && !hidden(c)) {
                lines = Math.max(lines, RowHeights.lines(text, width(c)));
            }
        }
        return RowHeights.POINTS_PER_LINE * lines;
    }
}
