package org.huizong.report;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.huizong.system.RunContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 催报 list: every active unit that is missing, late, returned or rejected for the period, with the contact
 * person and telephone from the last workbook it ever sent.
 */
final class ChaseList {

    static final List<String> HEADER = List.of("区县", "单位名称", "统一社会信用代码", "情况", "收到时间", "逾期天数", "问题数", "填报人", "联系电话");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;
    private final UnitStatuses statuses;

    ChaseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.statuses = new UnitStatuses(jdbc);
    }

    List<List<Object>> rows(RunContext run) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        Map<Long, Long> errors = blockingFindings(run.period().code());
        Map<String, String[]> contacts = contacts(run.period().code());
        for (UnitStatuses.UnitStatus unit : statuses.of(run)) {
            String situation = switch (unit.status()) {
                case "MISSING", "RETURNED", "REJECTED" -> StatusLabel.of(unit.status());
                default -> unit.daysLate() != null && unit.daysLate() > 0 ? "逾期" : null;
            };
            if (situation == null) {
                continue;
            }
            String[] contact = contacts.getOrDefault(unit.uscc(), new String[] {"", ""});
            rows.add(List.of(unit.countyName(), unit.name(), unit.uscc(), situation,
                    unit.receivedAt() == null ? "" : WHEN.format(unit.receivedAt()), unit.daysLate() == null ? "" : unit.daysLate(),
                    unit.currentFileId() == null ? 0L : errors.getOrDefault(unit.currentFileId(), 0L), contact[0], contact[1]));
        }
        return rows;
    }

    /** ERROR and REJECT findings per file of the period. */
    private Map<Long, Long> blockingFindings(String period) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT x.file_id, COUNT(*) FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE f.period = :period AND x.severity IN ('ERROR', 'REJECT') GROUP BY x.file_id
                """).param("period", period).query(rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
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
