package org.huizong.form.write;

import java.util.List;

/** A row of a report table: its label (first column), its cells, and whether it is a group heading or a total. */
public record ReportRow(String label, Emphasis emphasis, List<ReportCell> cells) {

    /** How a row stands out. */
    public enum Emphasis {
        PLAIN,
        GROUP,
        TOTAL
    }

    public ReportRow {
        cells = List.copyOf(cells);
    }

    public static ReportRow plain(String label, List<ReportCell> cells) {
        return new ReportRow(label, Emphasis.PLAIN, cells);
    }
}
