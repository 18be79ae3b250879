package org.huizong.form.write;

import java.util.List;

/**
 * A table of a report: an optional caption, the header (the label column's first, then one per value column) and
 * the rows. The same table is drawn into the workbook and the PDF.
 */
public record ReportTable(String caption, List<String> header, List<ReportRow> rows) {

    public ReportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public int valueColumns() {
        return header.size() - 1;
    }
}
