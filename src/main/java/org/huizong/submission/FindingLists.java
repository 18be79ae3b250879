package org.huizong.submission;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.huizong.validation.Finding;
import org.huizong.validation.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model of all the findings of a period, for the lists the office publishes: those on its files and those on
 * units that sent nothing, and what each new version changed. Streamed: a large month has tens of thousands.
 */
public final class FindingLists {

    /**
     * A finding as listed: {@code file} is relative to the input folder ({@code 2026-10/…}), empty (as are the
     * finding's sheet, cell and labels) for a unit that sent nothing.
     */
    public record Listed(String period, String file, String uscc, String unitName, Finding finding) {}

    /**
     * A finding with its county, worst first: {@code county} and {@code unitName} read as the caller's word for
     * unidentified when the file named no unit; {@code path} is empty and {@code version} null for a unit that sent
     * nothing.
     */
    public record Ranked(String county, String unitName, String uscc, String path, Integer version, Finding finding) {}

    /** How often a rule was broken, on how many files, worst first. */
    public record RuleCount(String rule, Severity severity, long findings, long files) {}

    /** A value a new version changed; {@code county} null for a unit not in the directory. */
    public record Change(
            String county, String unitName, int version, String item, BigDecimal oldValue, BigDecimal newValue) {}

    private final JdbcClient jdbc;

    public FindingLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The findings of every file received for the period — each version of a unit, rejected files and duplicates — by
     * file, then those of units that sent nothing.
     */
    public void byFile(String period, Consumer<Listed> sink) {
        jdbc.sql("""
                SELECT f.period, f.period || '/' || f.relative_path, f.unit_uscc, f.unit_name, x.rule, x.severity, x.sheet, x.cell,
                       x.row_label, x.col_label, x.left_value, x.right_value, x.message, x.justification,
                       0 AS part, f.id AS file_order, x.source, x.ordinal
                FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE f.period = :period
                UNION ALL
                SELECT p.period, '', p.unit_uscc, p.unit_name, p.rule, p.severity, '', '', '', '', NULL, NULL, p.message, NULL,
                       1, 0, 0, 0
                FROM period_finding p WHERE p.period = :period
                ORDER BY 15, 2, 16, 17, 18, 3
                """).param("period", period).query(rs -> {
            sink.accept(new Listed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), finding(rs, 5)));
        });
    }

    /** Every finding of the period, worst first, then by county, unit, file and the order found. */
    public void worstFirst(String period, String unidentified, Consumer<Ranked> sink) {
        jdbc.sql("""
                SELECT COALESCE(u.county_name, :unidentified) AS county, COALESCE(f.unit_name, :unidentified) AS unit, f.unit_uscc,
                       f.relative_path, f.version, x.rule, x.severity, x.sheet, x.cell, x.row_label, x.col_label,
                       x.left_value, x.right_value, x.message, x.justification, u.county_code,
                       CASE x.severity WHEN 'REJECT' THEN 0 WHEN 'ERROR' THEN 1 WHEN 'WARNING' THEN 2 ELSE 3 END AS worst, x.source, x.ordinal
                FROM finding x JOIN received_file f ON f.id = x.file_id
                LEFT JOIN period_unit u ON u.period = f.period AND u.uscc = f.unit_uscc
                WHERE f.period = :period
                UNION ALL
                SELECT u.county_name, p.unit_name, p.unit_uscc, '', NULL, p.rule, p.severity, '', '', '', '', NULL, NULL,
                       p.message, NULL, u.county_code, 3, 0, 0
                FROM period_finding p LEFT JOIN period_unit u ON u.period = p.period AND u.uscc = p.unit_uscc
                WHERE p.period = :period
                ORDER BY 17, 16, 2, 4, 5, 18, 19, 6, 14
                """)
                .param("period", period)
                .param("unidentified", unidentified)
                .query(rs -> {
                    sink.accept(new Ranked(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            (Integer) rs.getObject(5),
                            finding(rs, 6)));
                });
    }

    /** The findings of the period by rule and severity: the problems first, then the notes. */
    public List<RuleCount> byRule(String period) {
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
                .query((rs, n) ->
                        new RuleCount(rs.getString(1), Severity.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** What each new version of the period changed, item by item, by county, unit and version. */
    public void changes(String period, Consumer<Change> sink) {
        jdbc.sql("""
                SELECT u.county_name, f.unit_name, f.version, c.item, c.old_value, c.new_value
                FROM version_change c JOIN received_file f ON f.id = c.file_id
                LEFT JOIN period_unit u ON u.period = f.period AND u.uscc = f.unit_uscc
                WHERE f.period = :period ORDER BY u.county_code, f.unit_name, f.version, c.item
                """).param("period", period).query(rs -> {
            sink.accept(new Change(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getBigDecimal(5),
                    rs.getBigDecimal(6)));
        });
    }

    /**
     * The finding in the row's columns from {@code first} on: rule, severity, sheet, cell, row and column labels, both
     * sides, message and 说明.
     */
    private static Finding finding(ResultSet rs, int first) throws SQLException {
        return new Finding(
                rs.getString(first),
                Severity.valueOf(rs.getString(first + 1)),
                rs.getString(first + 2),
                rs.getString(first + 3),
                rs.getString(first + 4),
                rs.getString(first + 5),
                rs.getBigDecimal(first + 6),
                rs.getBigDecimal(first + 7),
                rs.getString(first + 8),
                rs.getString(first + 9));
    }
}
