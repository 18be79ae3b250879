package org.huizong.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.huizong.system.RunContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes consolidated.csv, findings.csv and completeness.csv of a period (contracts.md). */
public final class PeriodCsvExporter {

    static final List<String> CONSOLIDATED = List.of("period", "scope", "scope_code", "scope_name", "item", "value");
    static final List<String> FINDINGS = List.of("period", "file", "unit_uscc", "unit_name", "rule", "severity", "sheet", "cell",
            "row_label", "col_label", "left", "right", "message");
    static final List<String> COMPLETENESS = List.of("period", "unit_uscc", "unit_name", "county_name", "status", "received_at", "days_late");

    private static final DateTimeFormatter RECEIVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JdbcClient jdbc;
    private final UnitStatuses statuses;

    public PeriodCsvExporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.statuses = new UnitStatuses(jdbc);
    }

    public void export(RunContext run) throws IOException {
        Path folder = run.periodOutput();
        String period = run.period().code();
        try (java.util.stream.Stream<List<Object>> rows = consolidated(period)) {
            CsvTable.write(folder.resolve("consolidated.csv"), CONSOLIDATED, rows::iterator);
        }
        CsvTable.write(folder.resolve("findings.csv"), FINDINGS, findings(period));
        CsvTable.write(folder.resolve("completeness.csv"), COMPLETENESS, completeness(run));
    }

    /** Every item of every scope, streamed from the database (a large city has millions): close the stream. */
    private java.util.stream.Stream<List<Object>> consolidated(String period) {
        return jdbc.sql("""
                SELECT period, scope, scope_code, scope_name, item, figure FROM consolidated_value WHERE period = :period
                ORDER BY CASE scope WHEN 'UNIT' THEN 1 WHEN 'COUNTY' THEN 2 WHEN 'CATEGORY' THEN 3 ELSE 4 END, scope_code, ordinal
                """).param("period", period)
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6)))
                .stream();
    }

    /**
     * The findings of every file received for the period — each version of a unit (a superseded first version counts
     * in the ranking's data quality), rejected files and duplicates — then those of units that sent nothing.
     * {@code file} is relative to the input folder ({@code 2026-10/…}).
     */
    private List<List<Object>> findings(String period) {
        return jdbc.sql("""
                SELECT f.period, f.period || '/' || f.relative_path, f.unit_uscc, f.unit_name, x.rule, x.severity, x.sheet, x.cell,
                       x.row_label, x.col_label, x.left_value, x.right_value,
                       CASE WHEN x.justification IS NULL THEN x.message ELSE x.message || '【单位说明】' || x.justification END,
                       0 AS part, f.id AS file_order, x.ordinal
                FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE f.period = :period
                UNION ALL
                SELECT p.period, '', p.unit_uscc, p.unit_name, p.rule, p.severity, '', '', '', '', NULL, NULL, p.message, 1, 0, 0
                FROM period_finding p WHERE p.period = :period
                ORDER BY 14, 2, 15, 16, 3
                """).param("period", period)
                .query((rs, n) -> {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= 13; c++) {
                        row.add(c == 11 || c == 12 ? rs.getBigDecimal(c) : rs.getString(c));
                    }
                    return row;
                })
                .list();
    }

    private List<List<Object>> completeness(RunContext run) {
        return statuses.of(run).stream().map(u -> List.<Object>of(run.period().code(), u.uscc(), u.name(), u.countyName(), u.status(),
                u.receivedAt() == null ? "" : RECEIVED_AT.format(u.receivedAt()), u.daysLate() == null ? "" : u.daysLate())).toList();
    }
}
