package org.huizong.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huizong.form.ReportPeriod;
import org.huizong.form.write.ReportWorkbookWriter;
import org.huizong.output.pdf.IssuedPdfWriter;
import org.huizong.output.pdf.PdfReportWriter;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reports people read, for a period: the city summary (汇总报告.pdf, saying what 汇总表.xlsx says) and the
 * comparison report (对比分析.xlsx and 对比分析.pdf). Each file appears under its final name only when complete.
 */
public final class ReportExporter {

    /** The files it writes in the period's folder. */
    public static final List<String> FILES =
            List.of(SummaryReport.FILE, ComparisonReport.WORKBOOK, ComparisonReport.PDF);

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;
    private final SummaryContents summaries;
    private final ConsolidatedFigures figures;
    private final ReportDefinitions definitions;
    private final PdfReportWriter pdf = new PdfReportWriter();
    private final IssuedPdfWriter issued = new IssuedPdfWriter();
    private final ReportWorkbookWriter workbook = new ReportWorkbookWriter();

    public ReportExporter(JdbcClient jdbc, ReportDefinitions definitions) {
        this.jdbc = jdbc;
        this.summaries = new SummaryContents(jdbc, definitions);
        this.figures = new ConsolidatedFigures(jdbc);
        this.definitions = definitions;
    }

    /** Writes the period's reports and returns their paths. */
    public List<Path> export(RunContext run) throws IOException {
        Path folder = run.periodOutput();
        String subtitle =
                Messages.text("report.subtitle.written", run.period().label(), WRITTEN.format(LocalDateTime.now()));
        SummaryContent summary = summaries.of(run);
        Path summaryPdf = folder.resolve(SummaryReport.FILE);
        issued.write(new SummaryReport().document(summary, LocalDate.now()), summaryPdf);

        ComparedPeriods periods = ComparedPeriods.of(run.period());
        Map<String, PeriodFigures> read = new HashMap<>();
        read.put(run.period().code(), summary.figures());
        List<String> items = definitions.applicableTo(run.form()).stream()
                .flatMap(i -> i.items().stream())
                .distinct()
                .toList();
        Map<String, Optional<UnitPanel>> panels = new HashMap<>();
        ComparisonBasis basis = ComparisonBasis.of(
                periods,
                run.form(),
                period -> figuresOf(period, read),
                period -> panels.computeIfAbsent(
                                period.code(),
                                code -> figuresOf(period, read).consolidated()
                                        ? Optional.of(UnitPanel.read(jdbc, period, items))
                                        : Optional.empty())
                        .orElse(null),
                countyOf(run.period()));
        ComparisonReport comparison = new ComparisonReport(
                run.city().name(), run.form(), periods, definitions.indicators(), summary.figures(), basis);
        Path comparisonWorkbook = folder.resolve(ComparisonReport.WORKBOOK);
        Path comparisonPdf = folder.resolve(ComparisonReport.PDF);
        workbook.write(comparison.sheets(), comparisonWorkbook);
        pdf.write(comparison.document(subtitle), comparisonPdf);
        return List.of(summaryPdf, comparisonWorkbook, comparisonPdf);
    }

    /** The county code of each unit of the period's directory. */
    private Map<String, String> countyOf(ReportPeriod period) {
        Map<String, String> counties = new HashMap<>();
        jdbc.sql("SELECT uscc, county_code FROM period_unit WHERE period = :period")
                .param("period", period.code())
                .query(rs -> {
                    counties.put(rs.getString(1), rs.getString(2));
                });
        return counties;
    }

    private PeriodFigures figuresOf(ReportPeriod period, Map<String, PeriodFigures> read) {
        return read.computeIfAbsent(period.code(), code -> figures.of(period));
    }
}
