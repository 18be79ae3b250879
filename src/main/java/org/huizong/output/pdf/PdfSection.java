package org.huizong.output.pdf;

import java.util.List;
import org.huizong.form.write.ReportTable;

/**
 * A part of a PDF report: it may start a new page, and holds a heading, a paragraph (lines of text), a table and a
 * row of charts per indicator, each optional.
 */
public record PdfSection(
        boolean newPage, String heading, List<String> lines, ReportTable table, List<ChartRow> charts) {

    public PdfSection {
        lines = List.copyOf(lines);
        charts = List.copyOf(charts);
    }

    public static PdfSection text(boolean newPage, String heading, List<String> lines) {
        return new PdfSection(newPage, heading, lines, null, List.of());
    }

    public static PdfSection table(boolean newPage, String heading, ReportTable table) {
        return new PdfSection(newPage, heading, List.of(), table, List.of());
    }

    public static PdfSection charts(boolean newPage, String heading, List<String> lines, List<ChartRow> charts) {
        return new PdfSection(newPage, heading, lines, null, charts);
    }
}
