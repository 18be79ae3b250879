package org.huizong.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huizong.form.SheetDescriptor;
import org.huizong.form.write.CellRole;
import org.huizong.form.write.DocumentTable;
import org.huizong.form.write.DocumentTables;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportTable;
import org.huizong.output.pdf.IssuedReport;
import org.huizong.output.pdf.IssuedReport.Block;
import org.huizong.output.pdf.IssuedReport.Part;
import org.huizong.text.Messages;

/**
 * 汇总报告.pdf, as the office issues it: a cover (title, period, issuing office, date), what the totals cover (counted
 * units, every unit left out by name and status), the official tables of the city and of each county (市本级
 * included) in the layout of 汇总表.xlsx, each scope from a new page with its bookmark, and 表一 by unit category and
 * channel in the city's order of categories. It says what 汇总表.xlsx says: both are built from the same
 * {@link SummaryContent}.
 */
final class SummaryReport {

    static final String FILE = Messages.text("report.summary.file.pdf");
    private static final DateTimeFormatter ISSUED =
            DateTimeFormatter.ofPattern(Messages.text("report.summary.issuedDatePattern"));

    private final DocumentTables tables = new DocumentTables();

    IssuedReport document(SummaryContent content, LocalDate issued) {
        List<Part> parts = new ArrayList<>();
        List<Block> coverage = new ArrayList<>();
        content.coverage().forEach(line -> coverage.add(new IssuedReport.Text(line)));
        ReportTable counties = content.countyCoverage();
        coverage.add(new IssuedReport.Caption(counties.caption()));
        coverage.add(new IssuedReport.Table(grid(counties)));
        ReportTable leftOut = content.leftOutUnits();
        if (!leftOut.rows().isEmpty()) {
            coverage.add(new IssuedReport.Caption(leftOut.caption()));
            coverage.add(new IssuedReport.Table(grid(leftOut)));
        }
        parts.add(new Part(Messages.text("report.summary.part.coverage"), false, coverage));
        PeriodFigures figures = content.figures();
        if (figures.consolidated()) {
            parts.add(scope(
                    content,
                    Messages.text("report.scope.city"),
                    content.scopeHeading(figures.city(), true),
                    figures.city()));
            for (ScopeFigures county : figures.counties()) {
                parts.add(scope(content, county.name(), content.scopeHeading(county, false), county));
            }
        }
        List<ReportTable> categories = content.categories();
        if (!categories.isEmpty()) {
            List<Block> blocks = new ArrayList<>();
            for (ReportTable table : categories) {
                blocks.add(new IssuedReport.Caption(table.caption()));
                blocks.add(new IssuedReport.Table(grid(table)));
            }
            parts.add(new Part(Messages.text("report.summary.part.categories"), true, blocks));
        }
        return new IssuedReport(
                content.title(),
                Messages.text("report.subtitle.period", content.periodLabel()),
                content.office(),
                ISSUED.format(issued),
                content.title(),
                parts);
    }

    /** A scope's official tables, one per sheet of the form, each under its title. */
    private Part scope(SummaryContent content, String name, String heading, ScopeFigures scope) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new IssuedReport.Text(heading));
        if (!scope.countsAnyUnit()) {
            blocks.add(
                    new IssuedReport.Text(Messages.text("report.summary.countyWithoutUnits", IndicatorCells.NO_UNITS)));
            return new Part(name, true, blocks);
        }
        Map<String, BigDecimal> values = scope.values();
        for (SheetDescriptor sheet : content.form().sheets()) {
            blocks.add(new IssuedReport.SubHeading(sheet.title()));
            blocks.add(new IssuedReport.Table(tables.of(content.form(), sheet.code(), values)));
        }
        return new Part(name, true, blocks);
    }

    /** A report table as a document grid: the header row, then each row's label and cells. */
    static DocumentTable grid(ReportTable table) {
        List<DocumentTable.DocumentCell> cells = new ArrayList<>();
        List<String> header = table.header();
        for (int c = 0; c < header.size(); c++) {
            cells.add(new DocumentTable.DocumentCell(0, c, 0, c, header.get(c), CellRole.HEADER, null));
        }
        int r = 1;
        for (ReportRow row : table.rows()) {
            cells.add(new DocumentTable.DocumentCell(r, 0, r, 0, row.label(), CellRole.ROW_LABEL, null));
            for (int c = 0; c < row.cells().size(); c++) {
                cells.add(new DocumentTable.DocumentCell(
                        r,
                        c + 1,
                        r,
                        c + 1,
                        row.cells().get(c).text(),
                        row.cells().get(c).isNumber() ? CellRole.VALUE : CellRole.INFO_VALUE,
                        null));
            }
            r++;
        }
        int[] widths = new int[header.size()];
        widths[0] = 30;
        for (int c = 1; c < widths.length; c++) {
            widths[c] = 12;
        }
        return new DocumentTable(r, widths, cells);
    }
}
