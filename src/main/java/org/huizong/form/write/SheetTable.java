package org.huizong.form.write;

import java.util.List;

/** A plain sheet of a header row and data rows, added to a workbook. */
public record SheetTable(String name, List<String> header, List<List<Object>> rows) {

    public SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
