package org.huizong.form.write;

import java.util.List;

/** A plain sheet of a header row and data rows, added to a workbook. */
public record SheetTable(String name, List<String> header, List<List<Object>> rows) {

    /** Column widths in characters, suited to the 问题清单; columns past them are 14 wide. */
    private static final int[] WIDTHS = {6, 10, 12, 10, 8, 28, 22, 10, 10, 60, 30};

    public SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The width of a column (from 0), in characters. */
    public int width(int column) {
        return column < WIDTHS.length ? WIDTHS[column] : 14;
    }
}
