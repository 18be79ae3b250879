package org.huizong.form.write;

import java.util.List;

/** A plain sheet whose rows are pushed one at a time by a {@link RowSource}: for tables of tens of thousands of rows. */
public record StreamedTable(String name, List<String> header, RowSource rows) {

    public StreamedTable {
        header = List.copyOf(header);
    }

    public static StreamedTable of(SheetTable table) {
        return new StreamedTable(table.name(), table.header(), RowSource.of(table.rows()));
    }
}
