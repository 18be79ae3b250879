package org.huizong.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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

    ChaseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<List<Object>> rows(RunContext run) {
        LocalDate deadline = run.period().deadline(run.city().monthlyDeadlineDay(), run.city().annualDeadline());
        return jdbc.sql("""
                SELECT u.county_name, u.name, u.uscc, cur.status, cur.received_at,
                       (SELECT MAX(r.received_at) FROM received_file r WHERE r.period = u.period AND r.unit_uscc = u.uscc
                        AND r.status = 'REJECTED') AS rejected_at,
                       (SELECT COUNT(*) FROM finding x WHERE x.file_id = cur.id AND x.severity IN ('ERROR', 'REJECT')) AS errors,
                       (SELECT c.contact_person FROM received_file c WHERE c.unit_uscc = u.uscc AND c.contact_person IS NOT NULL
                        AND c.contact_person <> '' ORDER BY c.received_at DESC, c.id DESC FETCH FIRST 1 ROWS ONLY) AS person,
                       (SELECT c.contact_phone FROM received_file c WHERE c.unit_uscc = u.uscc AND c.contact_phone IS NOT NULL
                        AND c.contact_phone <> '' ORDER BY c.received_at DESC, c.id DESC FETCH FIRST 1 ROWS ONLY) AS phone
                FROM period_unit u
                LEFT JOIN received_file cur ON cur.period = u.period AND cur.unit_uscc = u.uscc AND cur.is_current = TRUE
                WHERE u.period = :period
                ORDER BY u.county_code, u.name
                """).param("period", run.period().code()).query((rs, n) -> {
            String status = rs.getString("status");
            java.sql.Timestamp received = rs.getTimestamp("received_at");
            if (status == null && rs.getTimestamp("rejected_at") != null) {
                status = "REJECTED";
                received = rs.getTimestamp("rejected_at");
            }
            long late = received == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(deadline, received.toLocalDateTime().toLocalDate()));
            String situation = status == null ? "未报送" : switch (status) {
                case "RETURNED" -> "退回待改";
                case "REJECTED" -> "拒收";
                default -> late > 0 ? "逾期" : null;
            };
            if (situation == null) {
                return null;
            }
            return List.<Object>of(rs.getString("county_name"), rs.getString("name"), rs.getString("uscc"), situation,
                    received == null ? "" : WHEN.format(received.toLocalDateTime()), received == null ? "" : late,
                    rs.getLong("errors"), nonNull(rs.getString("person")), nonNull(rs.getString("phone")));
        }).list().stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
