package org.huizong.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huizong.validation.Finding;
import org.huizong.validation.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model of the findings on a period's files, for the features above. Findings are written only through the
 * {@link FindingStore}.
 */
public final class FileFindings {

    /** A stored finding with its id, which a 说明 answers, and the version its 说明 was carried from, if any. */
    public record Answerable(long id, Finding finding, Integer carriedFrom) {}

    private final JdbcClient jdbc;

    public FileFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By file of the period, the rules of its ERROR and REJECT findings in the order found. */
    public Map<Long, Set<String>> blockingRules(String period) {
        Map<Long, Set<String>> rules = new HashMap<>();
        jdbc.sql("""
                SELECT x.file_id, x.rule FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE f.period = :period AND x.severity IN ('ERROR', 'REJECT') ORDER BY x.file_id, x.source, x.ordinal
                """).param("period", period).query(rs -> {
            rules.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
        });
        return rules;
    }

    /** By file of the period, how many ERROR and REJECT findings it has. */
    public Map<Long, Long> blockingCounts(String period) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT x.file_id, COUNT(*) FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE f.period = :period AND x.severity IN ('ERROR', 'REJECT') GROUP BY x.file_id
                """).param("period", period).query(rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    /** The findings on one file, in the order they were found, each with the 说明 it carries. */
    public List<Finding> of(long fileId) {
        return jdbc.sql("SELECT * FROM finding WHERE file_id = :id ORDER BY source, ordinal")
                .param("id", fileId)
                .query((rs, n) -> finding(rs))
                .list();
    }

    /** The finding, when it is on the current version of the unit for the period. */
    public Optional<Finding> onCurrentVersion(long findingId, String period, String uscc) {
        return jdbc.sql("""
                SELECT x.* FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE x.id = :id AND f.unit_uscc = :uscc AND f.period = :period AND f.is_current = TRUE
                """)
                .param("id", findingId)
                .param("uscc", uscc)
                .param("period", period)
                .query((rs, n) -> finding(rs))
                .optional();
    }

    /**
     * The findings on a file of the unit (none when the file is another unit's), worst first, each with its id and, for
     * a 说明, the version it was carried from: the latest earlier version of the unit with the same 说明 for the same item.
     */
    public List<Answerable> ofUnitFile(String uscc, long fileId) {
        return jdbc.sql("""
                SELECT x.*,
                       (SELECT MAX(p.version) FROM received_file p JOIN file_justification j ON j.file_id = p.id
                        WHERE p.unit_uscc = f.unit_uscc AND p.period = f.period AND p.version < f.version AND j.rule = x.rule
                        AND j.sheet = x.sheet AND j.cell = x.cell AND j.justification = x.justification) AS carried_from
                FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE x.file_id = :file AND f.unit_uscc = :uscc
                ORDER BY CASE x.severity WHEN 'REJECT' THEN 0 WHEN 'ERROR' THEN 1 WHEN 'WARNING' THEN 2 ELSE 3 END, x.source, x.ordinal
                """)
                .param("file", fileId)
                .param("uscc", uscc)
                .query((rs, n) -> new Answerable(rs.getLong("id"), finding(rs), (Integer) rs.getObject("carried_from")))
                .list();
    }

    /** How many findings the period has so far, on its files and on units that sent nothing. */
    public long countOfPeriod(String period) {
        long onFiles = jdbc.sql(
                        "SELECT COUNT(*) FROM finding x JOIN received_file f ON f.id = x.file_id WHERE f.period = :period")
                .param("period", period)
                .query(Long.class)
                .single();
        return onFiles
                + jdbc.sql("SELECT COUNT(*) FROM period_finding WHERE period = :period")
                        .param("period", period)
                        .query(Long.class)
                        .single();
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        return new Finding(
                rs.getString("rule"),
                Severity.valueOf(rs.getString("severity")),
                rs.getString("sheet"),
                rs.getString("cell"),
                rs.getString("row_label"),
                rs.getString("col_label"),
                rs.getBigDecimal("left_value"),
                rs.getBigDecimal("right_value"),
                rs.getString("message"),
                rs.getString("justification"));
    }
}
