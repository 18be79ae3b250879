package org.huizong.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huizong.consolidation.UnitStatuses;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;
import org.huizong.validation.RuleDescriptions;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 催报 list: every active unit that is missing, late, returned or rejected for the period, with the reason in
 * words (what was wrong with what it sent), how many problems must be put right, and the contact person and telephone
 * from the last workbook it ever sent. A refused unit's problems are those of the last file it sent.
 */
final class ChaseList {

    static final List<String> HEADER =
            List.of(Messages.text("report.chase.header").split("\\|"));
    static final List<Integer> WIDTHS = List.of(10, 28, 20, 10, 50, 16, 8, 8, 10, 16);
    /** How many kinds of error a reason names before it says “等”. */
    private static final int NAMED = 3;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;
    private final UnitStatuses statuses;

    ChaseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.statuses = new UnitStatuses(jdbc);
    }

    List<List<Object>> rows(RunContext run) {
        List<List<Object>> rows = new ArrayList<>();
        Map<Long, Set<String>> errors = blockingRules(run.period().code());
        Map<Long, Long> errorCounts = blockingCounts(run.period().code());
        Map<String, Long> refused = lastRefused(run.period().code());
        Map<String, String[]> contacts = contacts(run.period().code());
        for (UnitStatuses.UnitStatus unit : statuses.of(run)) {
            boolean late = unit.daysLate() != null && unit.daysLate() > 0;
            String situation = switch (unit.status()) {
                case MISSING, RETURNED, REJECTED -> unit.status().label();
                default -> late ? Messages.text("report.chase.late") : null;
            };
            if (situation == null) {
                continue;
            }
            Long file = unit.status() == SubmissionStatus.REJECTED ? refused.get(unit.uscc()) : unit.currentFileId();
            Set<String> rules = file == null ? Set.of() : errors.getOrDefault(file, Set.of());
            String reason = switch (unit.status()) {
                case MISSING -> Messages.text("report.chase.reason.missing");
                case RETURNED -> Messages.text("report.chase.reason.returned", named(rules));
                case REJECTED -> Messages.text("report.chase.reason.rejected", named(rules));
                default -> Messages.text("report.chase.reason.late");
            };
            if (late && unit.status() != SubmissionStatus.MISSING) {
                reason += Messages.text("report.chase.reason.daysLate", unit.daysLate());
            }
            String[] contact = contacts.getOrDefault(unit.uscc(), new String[] {"", ""});
            rows.add(List.of(
                    unit.countyName(),
                    unit.name(),
                    unit.uscc(),
                    situation,
                    reason,
                    unit.receivedAt() == null ? "" : WHEN.format(unit.receivedAt()),
                    unit.daysLate() == null ? "" : unit.daysLate(),
                    file == null ? 0L : errorCounts.getOrDefault(file, 0L),
                    contact[0],
                    contact[1]));
        }
        return rows;
    }

    private static String named(Set<String> rules) {
        if (rules.isEmpty()) {
            return Messages.text("report.chase.seeFeedback");
        }
        List<String> names =
                rules.stream().limit(NAMED).map(RuleDescriptions::of).toList();
        String listed = String.join(Messages.text("report.list.separator"), names);
        return rules.size() > NAMED ? Messages.text("report.chase.andMore", listed) : listed;
    }

    /** The rules of the ERROR and REJECT findings of each file of the period, in the order found. */
    private Map<Long, Set<String>> blockingRules(String period) {
        Map<Long, Set<String>> rules = new HashMap<>();
        jdbc.sql("""
                SELECT x.file_id, x.rule FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE f.period = :period AND x.severity IN ('ERROR', 'REJECT') ORDER BY x.file_id, x.source, x.ordinal
                """).param("period", period).query(rs -> {
            rules.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
        });
        return rules;
    }

    /** ERROR and REJECT findings per file of the period. */
    private Map<Long, Long> blockingCounts(String period) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT x.file_id, COUNT(*) FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE f.period = :period AND x.severity IN ('ERROR', 'REJECT') GROUP BY x.file_id
                """).param("period", period).query(rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    /** Each unit's last refused file of the period. */
    private Map<String, Long> lastRefused(String period) {
        Map<String, Long> files = new HashMap<>();
        jdbc.sql("""
                SELECT unit_uscc, MAX(id) FROM received_file WHERE period = :period AND status = :rejected AND unit_uscc IS NOT NULL
                GROUP BY unit_uscc
                """)
                .param("period", period)
                .param("rejected", SubmissionStatus.REJECTED.name())
                .query(rs -> {
                    files.put(rs.getString(1), rs.getLong(2));
                });
        return files;
    }

    /** For each unit of the period, the contact person and telephone of its last workbook that named them, in any period. */
    private Map<String, String[]> contacts(String period) {
        Map<String, String[]> contacts = new HashMap<>();
        jdbc.sql("""
                SELECT r.unit_uscc, r.contact_person, r.contact_phone FROM received_file r
                JOIN period_unit u ON u.uscc = r.unit_uscc AND u.period = :period
                WHERE (r.contact_person IS NOT NULL AND r.contact_person <> '') OR (r.contact_phone IS NOT NULL AND r.contact_phone <> '')
                ORDER BY r.received_at DESC, r.id DESC
                """).param("period", period).query(rs -> {
            contacts.putIfAbsent(rs.getString(1), new String[] {nonNull(rs.getString(2)), nonNull(rs.getString(3))});
        });
        return contacts;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
