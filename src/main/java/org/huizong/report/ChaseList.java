package org.huizong.report;

import java.time.format.DateTimeFormatter;
import java.util.List;

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
        for (UnitStatuses.UnitStatus unit : statuses.of(run)) {
            String situation = switch (unit.status()) {
                case "MISSING", "RETURNED", "REJECTED" -> StatusLabel.of(unit.status());
                default -> unit.daysLate() != null && unit.daysLate() > 0 ? "逾期" : null;
            };
            if (situation == null) {
                continue;
            }
            long errors = unit.currentFileId() == null ? 0 : jdbc.sql(
                    "SELECT COUNT(*) FROM finding WHERE file_id = :id AND severity IN ('ERROR', 'REJECT')")
                    .param("id", unit.currentFileId()).query(Long.class).single();
            String[] contact = contactOf(unit.uscc());
            rows.add(List.of(unit.countyName(), unit.name(), unit.uscc(), situation,
                    unit.receivedAt() == null ? "" : WHEN.format(unit.receivedAt()), unit.daysLate() == null ? "" : unit.daysLate(),
                    errors, contact[0], contact[1]));
        }
        return rows;
    }

    /** The contact person and telephone of the unit's last workbook that named them, in any period. */
    private String[] contactOf(String uscc) {
        return jdbc.sql("""
                SELECT contact_person, contact_phone FROM received_file WHERE unit_uscc = :uscc
                AND ((contact_person IS NOT NULL AND contact_person <> '') OR (contact_phone IS NOT NULL AND contact_phone <> ''))
                ORDER BY received_at DESC, id DESC FETCH FIRST 1 ROWS ONLY
                """).param("uscc", uscc).query((rs, n) -> new String[] {nonNull(rs.getString(1)), nonNull(rs.getString(2))})
                .optional().orElse(new String[] {"", ""});
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
