package org.huizong.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.huizong.consolidation.UnitStatuses;
import org.huizong.form.PlainNumber;
import org.huizong.form.write.RowSource;
import org.huizong.form.write.SheetTable;
import org.huizong.form.write.StreamedTable;
import org.huizong.form.write.TableWorkbookWriter;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;
import org.huizong.validation.Rule;
import org.huizong.validation.RuleDescriptions;
import org.huizong.validation.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office's validation report {@code 校验报告.xlsx}: an overview counting the problems the bureaus must deal with
 * apart from the office's notes, every finding worst first (rules named in words, the code beside), counts by rule
 * and by county, the 催报 list (units missing, late, returned or rejected, each with its reason and the contact from
 * its last workbook), and what new versions changed.
 */
public final class ValidationReportExporter {

    public static final String FILE = Messages.text("report.validation.file");

    private final JdbcClient jdbc;
    private final TableWorkbookWriter writer = new TableWorkbookWriter();
    private final ChaseList chaseList;
    private final UnitStatuses statuses;

    public ValidationReportExporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.chaseList = new ChaseList(jdbc);
        this.statuses = new UnitStatuses(jdbc);
    }

    public void export(RunContext run) throws IOException {
        String period = run.period().code();
        List<List<Object>> rules = byRule(period);
        List<StreamedTable> tables = List.of(
                StreamedTable.of(new SheetTable(
                        Messages.text("report.validation.sheet.overview"),
                        List.of(Messages.text("report.validation.overview.header")
                                .split("\\|")),
                        overview(run, rules))),
                new StreamedTable(
                        Messages.text("report.validation.sheet.findings"),
                        List.of(Messages.text("report.validation.findings.header")
                                .split("\\|")),
                        findings(period)),
                StreamedTable.of(new SheetTable(
                        Messages.text("report.validation.sheet.rules"),
                        List.of(Messages.text("report.validation.rules.header").split("\\|")),
                        rules)),
                StreamedTable.of(new SheetTable(
                        Messages.text("report.validation.sheet.counties"),
                        List.of(Messages.text("report.validation.counties.header")
                                .split("\\|")),
                        byCounty(run))),
                StreamedTable.of(new SheetTable(
                        Messages.text("report.validation.sheet.chase"), ChaseList.HEADER, chaseList.rows(run))),
                new StreamedTable(
                        Messages.text("report.validation.sheet.changes"),
                        List.of(Messages.text("report.validation.changes.header")
                                .split("\\|")),
                        changes(run)));
        writer.writeStreamed(tables, run.periodOutput().resolve(FILE));
    }

    /**
     * What the office reads first: problems and notes counted apart (notes are not sent to the bureaus), and how the
     * outputs are brought up to date.
     */
    private static List<List<Object>> overview(RunContext run, List<List<Object>> rules) {
        long[] bySeverity = new long[4];
        long normalised = 0;
        for (List<Object> rule : rules) {
            int severity = Stream.of(Severity.REJECT, Severity.ERROR, Severity.WARNING)
                    .map(Severity::label)
                    .toList()
                    .indexOf(String.valueOf(rule.get(3)));
            bySeverity[severity < 0 ? 3 : severity] += (Long) rule.get(4);
            if (Rule.V04.id().equals(rule.get(2))) {
                normalised += (Long) rule.get(4);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(
                Messages.text("report.validation.overview.period"), run.period().label()));
        rows.add(List.of(
                Messages.text("report.validation.overview.problems"),
                Messages.text(
                        "report.validation.overview.problems.counts", bySeverity[0], bySeverity[1], bySeverity[2])));
        rows.add(List.of(
                Messages.text("report.validation.overview.notes"),
                Messages.text("report.validation.overview.notes.counts", bySeverity[3], normalised)));
        rows.add(List.of(
                Messages.text("report.validation.overview.update"),
                Messages.text(
                        "report.validation.overview.update.how", run.period().code())));
        rows.add(List.of(
                Messages.text("report.validation.overview.files"),
                Messages.text("report.validation.overview.files.where")));
        return rows;
    }

    /** Every finding of the period, worst first, streamed: a large month has tens of thousands. */
    private RowSource findings(String period) {
        return sink -> jdbc.sql("""
                SELECT COALESCE(u.county_name, :unidentified) AS county, COALESCE(f.unit_name, :unidentified) AS unit, f.unit_uscc,
                       f.relative_path, f.version, x.severity, x.rule, x.sheet, x.cell, x.row_label, x.col_label,
                       x.left_value, x.right_value, x.message, x.justification, u.county_code,
                       CASE x.severity WHEN 'REJECT' THEN 0 WHEN 'ERROR' THEN 1 WHEN 'WARNING' THEN 2 ELSE 3 END AS worst, x.source, x.ordinal
                FROM finding x JOIN received_file f ON f.id = x.file_id
                LEFT JOIN period_unit u ON u.period = f.period AND u.uscc = f.unit_uscc
                WHERE f.period = :period
                UNION ALL
                SELECT u.county_name, p.unit_name, p.unit_uscc, '', NULL, p.severity, p.rule, '', '', '', '', NULL, NULL,
                       p.message, NULL, u.county_code, 3, 0, 0
                FROM period_finding p LEFT JOIN period_unit u ON u.period = p.period AND u.uscc = p.unit_uscc
                WHERE p.period = :period
                ORDER BY 17, 16, 2, 4, 5, 18, 19, 7, 14
                """)
                .param("period", period)
                .param("unidentified", Messages.text("report.validation.unidentified"))
                .query(rs -> {
                    FindingSides sides = FindingSides.of(rs.getString(7), rs.getBigDecimal(12), rs.getBigDecimal(13));
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= 5; c++) {
                        row.add(rs.getObject(c) == null ? "" : rs.getObject(c));
                    }
                    row.add(Severity.valueOf(rs.getString(6)).label());
                    row.add(RuleDescriptions.of(rs.getString(7)));
                    row.add(rs.getString(7));
                    for (int c = 8; c <= 11; c++) {
                        row.add(rs.getString(c) == null ? "" : rs.getString(c));
                    }
                    row.add(sides.reported());
                    row.add(sides.expected());
                    row.add(sides.difference());
                    row.add(rs.getString(14) == null ? "" : rs.getString(14));
                    row.add(rs.getString(15) == null ? "" : rs.getString(15));
                    sink.accept(row);
                });
    }

    /** Findings by rule: the problems the bureaus must deal with first, then the office's notes. */
    private List<List<Object>> byRule(String period) {
        return jdbc.sql("""
                SELECT rule, severity, SUM(n), SUM(files),
                       MIN(CASE severity WHEN 'REJECT' THEN 0 WHEN 'ERROR' THEN 1 WHEN 'WARNING' THEN 2 ELSE 3 END) AS worst
                FROM (SELECT x.rule, x.severity, COUNT(*) AS n, COUNT(DISTINCT x.file_id) AS files
                      FROM finding x JOIN received_file f ON f.id = x.file_id WHERE f.period = :period GROUP BY x.rule, x.severity
                      UNION ALL
                      SELECT rule, severity, COUNT(*), 0 FROM period_finding WHERE period = :period GROUP BY rule, severity) t
                GROUP BY rule, severity
                ORDER BY 5, 1
                """)
                .param("period", period)
                .query((rs, n) -> List.<Object>of(
                        "INFO".equals(rs.getString(2))
                                ? Messages.text("report.validation.overview.notes")
                                : Messages.text("report.validation.rules.category.unit"),
                        RuleDescriptions.of(rs.getString(1)),
                        rs.getString(1),
                        Severity.valueOf(rs.getString(2)).label(),
                        rs.getLong(3),
                        rs.getLong(4)))
                .list();
    }

    private List<List<Object>> byCounty(RunContext run) {
        java.util.Map<String, long[]> counts = new java.util.LinkedHashMap<>();
        for (UnitStatuses.UnitStatus unit : statuses.of(run)) {
            long[] c = counts.computeIfAbsent(unit.countyName(), k -> new long[6]);
            c[0]++;
            switch (unit.status()) {
                case ACCEPTED -> c[1]++;
                case ACCEPTED_WITH_WARNINGS -> {
                    c[1]++;
                    c[2]++;
                }
                case RETURNED -> c[3]++;
                case REJECTED -> c[4]++;
                default -> c[5]++;
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((county, c) -> rows.add(List.of(county, c[0], c[1], c[2], c[3], c[4], c[5])));
        return rows;
    }

    /** What each new version changed, item by item, with the form's labels. */
    private RowSource changes(RunContext run) {
        return sink -> jdbc.sql("""
                SELECT u.county_name, f.unit_name, f.version, c.item, c.old_value, c.new_value
                FROM version_change c JOIN received_file f ON f.id = c.file_id
                LEFT JOIN period_unit u ON u.period = f.period AND u.uscc = f.unit_uscc
                WHERE f.period = :period ORDER BY u.county_code, f.unit_name, f.version, c.item
                """).param("period", run.period().code()).query(rs -> {
            String item = rs.getString(4);
            var descriptor = run.form().item(item);
            sink.accept(List.<Object>of(
                    rs.getString(1) == null ? "" : rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    descriptor.map(d -> d.sheet().name()).orElse(""),
                    descriptor.map(d -> d.row().displayLabel()).orElse(item),
                    descriptor.map(d -> d.column().displayLabel()).orElse(""),
                    rs.getBigDecimal(5) == null
                            ? Messages.text("report.validation.changes.none")
                            : PlainNumber.format(rs.getBigDecimal(5)),
                    rs.getBigDecimal(6) == null
                            ? Messages.text("report.validation.changes.none")
                            : PlainNumber.format(rs.getBigDecimal(6)),
                    item));
        });
    }
}
