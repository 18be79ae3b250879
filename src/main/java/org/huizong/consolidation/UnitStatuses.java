package org.huizong.consolidation;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.huizong.period.RunContext;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where each active unit of a period stands, in one place for every report that says so: its current version's
 * status, else (for a year) ACCEPTED by its complete roll-up, which then counts for it even if an annual workbook it
 * sent was refused, else REJECTED when all it sent was refused, else MISSING; with the received time and the days after
 * the deadline.
 */
public final class UnitStatuses {

    /** One active unit; {@code receivedAt} is null when nothing (or only a roll-up) counts for it. */
    public record UnitStatus(
            String uscc,
            String name,
            String countyCode,
            String countyName,
            SubmissionStatus status,
            LocalDateTime receivedAt,
            Long daysLate,
            Long currentFileId) {}

    private final JdbcClient jdbc;

    public UnitStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UnitStatus> of(RunContext run) {
        LocalDate deadline = run.period()
                .deadline(run.city().monthlyDeadlineDay(), run.city().annualDeadline());
        return jdbc.sql("""
                SELECT u.uscc, u.name, u.county_code, u.county_name, cur.id AS current_id, cur.status AS current_status,
                       cur.received_at AS current_received,
                       (SELECT MAX(r.received_at) FROM received_file r
                         WHERE r.period = u.period AND r.unit_uscc = u.uscc AND r.status = :rejected) AS rejected_received,
                       ru.complete AS rolled_up
                FROM period_unit u
                LEFT JOIN received_file cur ON cur.period = u.period AND cur.unit_uscc = u.uscc AND cur.is_current = TRUE
                LEFT JOIN annual_rollup_unit ru ON ru.period = u.period AND ru.unit_uscc = u.uscc
                WHERE u.period = :period
                ORDER BY u.county_code, u.level, u.name
                """)
                .param("period", run.period().code())
                .param("rejected", SubmissionStatus.REJECTED.name())
                .query((rs, n) -> {
                    String current = rs.getString("current_status");
                    SubmissionStatus status = current == null ? null : SubmissionStatus.valueOf(current);
                    Timestamp received = rs.getTimestamp("current_received");
                    if (status == null && rs.getBoolean("rolled_up")) {
                        status = SubmissionStatus.ACCEPTED;
                    }
                    if (status == null && rs.getTimestamp("rejected_received") != null) {
                        status = SubmissionStatus.REJECTED;
                        received = rs.getTimestamp("rejected_received");
                    }
                    if (status == null) {
                        status = SubmissionStatus.MISSING;
                    }
                    LocalDateTime at = received == null ? null : received.toLocalDateTime();
                    Long late = at == null ? null : Math.max(0, ChronoUnit.DAYS.between(deadline, at.toLocalDate()));
                    long currentId = rs.getLong("current_id");
                    return new UnitStatus(
                            rs.getString("uscc"),
                            rs.getString("name"),
                            rs.getString("county_code"),
                            rs.getString("county_name"),
                            status,
                            at,
                            late,
                            rs.wasNull() ? null : currentId);
                })
                .list();
    }
}
