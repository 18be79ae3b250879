package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facts of each unit's files in a period: the findings on its first file (the first it sent that is not a copy of
 * another, whatever became of it), the warnings left on its current version with and without a 说明, and how many
 * versions it sent.
 */
final class FirstFileFacts {

    private final JdbcClient jdbc;

    FirstFileFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Facts that are all 0, for a unit that sent nothing. */
    static Map<String, BigDecimal> none() {
        Map<String, BigDecimal> facts = new HashMap<>();
        for (Fact fact : new Fact[] {
            Fact.FIRST_ERRORS, Fact.FIRST_WARNINGS, Fact.UNJUSTIFIED_WARNINGS, Fact.JUSTIFIED_WARNINGS, Fact.VERSIONS
        }) {
            facts.put(fact.variable(), BigDecimal.ZERO);
        }
        return facts;
    }

    /** By USCC, for every unit that sent something. */
    Map<String, Map<String, BigDecimal>> of(String period) {
        Map<String, Map<String, BigDecimal>> facts = new HashMap<>();
        jdbc.sql("""
                SELECT f.unit_uscc, f.is_current,
                       f.id = (SELECT e.id FROM received_file e
                               WHERE e.period = f.period AND e.unit_uscc = f.unit_uscc AND e.status <> :duplicate
                               ORDER BY e.received_at, e.id FETCH FIRST 1 ROWS ONLY) AS is_first,
                       f.version,
                       (SELECT COUNT(*) FROM finding x WHERE x.file_id = f.id AND x.severity IN ('ERROR', 'REJECT')) AS errors,
                       (SELECT COUNT(*) FROM finding x WHERE x.file_id = f.id AND x.severity = 'WARNING') AS warnings,
                       (SELECT COUNT(*) FROM finding x WHERE x.file_id = f.id AND x.severity = 'WARNING'
                                                          AND x.justification IS NULL) AS unjustified
                FROM received_file f
                WHERE f.period = :period AND f.unit_uscc IS NOT NULL AND f.status <> :duplicate
                """)
                .param("period", period)
                .param("duplicate", SubmissionStatus.DUPLICATE.name())
                .query(rs -> {
                    Map<String, BigDecimal> unit = facts.computeIfAbsent(rs.getString("unit_uscc"), k -> none());
                    if (rs.getBoolean("is_first")) {
                        unit.put(Fact.FIRST_ERRORS.variable(), rs.getBigDecimal("errors"));
                        unit.put(Fact.FIRST_WARNINGS.variable(), rs.getBigDecimal("warnings"));
                    }
                    if (rs.getBoolean("is_current")) {
                        long warnings = rs.getLong("warnings");
                        long unjustified = rs.getLong("unjustified");
                        unit.put(Fact.UNJUSTIFIED_WARNINGS.variable(), BigDecimal.valueOf(unjustified));
                        unit.put(Fact.JUSTIFIED_WARNINGS.variable(), BigDecimal.valueOf(warnings - unjustified));
                    }
                    rs.getInt("version");
                    if (!rs.wasNull()) {
                        unit.merge(Fact.VERSIONS.variable(), BigDecimal.ONE, BigDecimal::add);
                    }
                });
        return facts;
    }
}
