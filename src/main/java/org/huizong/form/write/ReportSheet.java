package org.huizong.form.write;

import java.util.List;

/** A sheet of a report workbook: its name, a title, lines of text, then its tables one below the other. */
public record ReportSheet(String name, String title, List<String> lines, List<ReportTable> tables) {

    public ReportSheet {
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
    }
}
