package org.huizong.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.huizong.system.RunContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes consolidated.csv, findings.csv and completeness.csv of a period (contracts.md). For a year, a unit without
 * an annual workbook whose months are all accepted is ACCEPTED by its roll-up (no received time).
 */
public final class PeriodCsvExporter {

    static final List<String> CONSOLIDATED = List.of("period", "scope", "scope_code", "scope_name", "item", "value");
    static final List<String> FINDINGS = List.of("period", "file", "unit_uscc", "unit_name", "rule", "severity", "sheet", "cell",
            "row_label", "col_label", "left", "right", "message");
    static final List<String> COMPLETENESS = List.of("period", "unit_uscc", "unit_name", "county_name", "status", "received_at", "days_late");

    private static final DateTimeFormatter RECEIVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JdbcClient jdbc;

    public PeriodCsvExporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void export(RunContext run) throws IOException {
        Path folder = run.periodOutput();
        String period = run.period().code();
        CsvTable.write(folder.resolve("consolidated.csv"), CONSOLIDATED, consolidated(period));
        CsvTable.write(folder.resolve("findings.csv"), FINDINGS, findings(period));
        LocalDate deadline = run.period().deadline(run.city().monthlyDeadlineDay(), run.city().annualDeadline());
        CsvTable.write(folder.resolve("completeness.csv"), COMPLETENESS, completeness(period, deadline));
    }

    private List<List<Object>> consolidated(String period) {
        return jdbc.sql("""
                SELECT period, scope, scope_code, scope_name, item, figure FROM consolidated_value WHERE period = :period
                ORDER BY CASE scope WHEN 'UNIT' THEN 1 WHEN 'COUNTY' THEN 2 WHEN 'CATEGORY' THEN 3 ELSE 4 END, scope_code, ordinal
                """).param("period", period)
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6)))
                .list();
    }

    /**
     * The findings of each unit's current version, of rejected files and of duplicates (superseded versions are
     * history), then those of units that sent nothing. {@code file} is relative to the input folder ({@code 2026-10/…}).
     */
    private List<List<Object>> findings(String period) {
        return jdbc.sql("""
                SELECT f.period, f.period || '/' || f.relative_path, f.unit_uscc, f.unit_name, x.rule, x.severity, x.sheet, x.cell,
                       x.row_label, x.col_label, x.left_value, x.right_value,
                       CASE WHEN x.justification IS NULL THEN x.message ELSE x.message || '【单位说明】' || x.justification END,
                       0 AS part, f.id AS file_order, x.ordinal
                FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE f.period = :period AND (f.is_current = TRUE OR f.status IN ('REJECTED', 'DUPLICATE'))
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

    private List<List<Object>> completeness(String period, LocalDate deadline) {
        return jdbc.sql("""
                SELECT u.uscc, u.name, u.county_name,
                       cur.status AS current_status, cur.received_at AS current_received,
                       (SELECT MAX(r.received_at) FROM received_file r
                         WHERE r.period = u.period AND r.unit_uscc = u.uscc AND r.status = 'REJECTED') AS rejected_received,
                       ru.complete AS rolled_up
                FROM period_unit u
                LEFT JOIN received_file cur ON cur.period = u.period AND cur.unit_uscc = u.uscc AND cur.is_current = TRUE
                LEFT JOIN annual_rollup_unit ru ON ru.period = u.period AND ru.unit_uscc = u.uscc
                WHERE u.period = :period
                ORDER BY u.county_code, u.level, u.name
                """).param("period", period)
                .query((rs, n) -> {
                    String status = rs.getString("current_status");
                    java.sql.Timestamp received = rs.getTimestamp("current_received");
                    if (status == null && rs.getTimestamp("rejected_received") != null) {
                        status = "REJECTED";
                        received = rs.getTimestamp("rejected_received");
                    }
                    if (status == null) {
                        String rolledUp = rs.getBoolean("rolled_up") ? "ACCEPTED" : "MISSING";
                        return List.<Object>of(period, rs.getString("uscc"), rs.getString("name"), rs.getString("county_name"),
                                rolledUp, "", "");
                    }
                    LocalDate day = received.toLocalDateTime().toLocalDate();
                    long late = Math.max(0, ChronoUnit.DAYS.between(deadline, day));
                    return List.<Object>of(period, rs.getString("uscc"), rs.getString("name"), rs.getString("county_name"),
                            status, RECEIVED_AT.format(received.toLocalDateTime()), late);
                })
                .list();
    }
}
