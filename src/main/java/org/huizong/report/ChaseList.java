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
import org.huizong.validation.RuleDescriptions;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 催报 list: every active unit that is missing, late, returned or rejected for the period, with the reason in
 * words (what was wrong with what it sent), how many problems must be put right, and the contact person and telephone
 * from the last workbook it ever sent. A refused unit's problems are those of the last file it sent.
 */
final class ChaseList {

    static final List<String> HEADER = List.of("区县", "单位名称", "统一社会信用代码", "情况", "原因", "收到时间", "逾期天数", "须改正的问题数",
            "填报人", "联系电话");
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
                default -> late ? "逾期" : null;
            };
            if (situation == null) {
                continue;
            }
            Long file = unit.status() == SubmissionStatus.REJECTED ? refused.get(unit.uscc()) : unit.currentFileId();
            Set<String> rules = file == null ? Set.of() : errors.getOrDefault(file, Set.of());
            String reason = switch (unit.status()) {
                case MISSING -> "截至本次汇总未收到报表";
                case RETURNED -> "报表有错误须改正：" + named(rules);
                case REJECTED -> "文件未能接收：" + named(rules);
                default -> "报表已接收，晚于截止日期";
            };
            if (late && unit.status() != SubmissionStatus.MISSING) {
                reason += "；逾期 " + unit.daysLate() + " 天";
            }
            String[] contact = contacts.getOrDefault(unit.uscc(), new String[] {"", ""});
            rows.add(List.of(unit.countyName(), unit.name(), unit.uscc(), situation, reason,
                    unit.receivedAt() == null ? "" : WHEN.format(unit.receivedAt()), unit.daysLate() == null ? "" : unit.daysLate(),
                    file == null ? 0L : errorCounts.getOrDefault(file, 0L), contact[0], contact[1]));
        }
        return rows;
    }

    private static String named(Set<String> rules) {
        if (rules.isEmpty()) {
            return "见反馈工作簿";
        }
        List<String> names = rules.stream().limit(NAMED).map(RuleDescriptions::of).toList();
        return String.join("、", names) + (rules.size() > NAMED ? "等" : "");
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
                """).param("period", period).param("rejected", SubmissionStatus.REJECTED.name()).query(rs -> {
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
