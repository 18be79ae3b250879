package org.huizong.consolidation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.huizong.period.RunContext;
import org.huizong.submission.AnnualStandIns;
import org.huizong.submission.SubmittedFiles;
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
    private final SubmittedFiles files;
    private final RolledUpUnits rolledUp;

    public UnitStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.files = new SubmittedFiles(jdbc);
        this.rolledUp = new RolledUpUnits(jdbc);
    }

    public List<UnitStatus> of(RunContext run) {
        String period = run.period().code();
        LocalDate deadline = run.period()
                .deadline(run.city().monthlyDeadlineDay(), run.city().annualDeadline());
        Map<String, SubmittedFiles.CurrentFile> current = files.current(period);
        Map<String, SubmittedFiles.Refused> refused = files.refused(period);
        AnnualStandIns standIns = rolledUp.standIns(period);
        return jdbc.sql("""
                SELECT u.uscc, u.name, u.county_code, u.county_name
                FROM period_unit u
                WHERE u.period = :period
                ORDER BY u.county_code, u.level, u.name
                """)
                .param("period", period)
                .query((rs, n) -> {
                    String uscc = rs.getString("uscc");
                    SubmittedFiles.CurrentFile file = current.get(uscc);
                    SubmissionStatus status = file == null ? null : file.status();
                    LocalDateTime at = file == null ? null : file.receivedAt();
                    if (status == null && standIns.standsIn(uscc)) {
                        status = SubmissionStatus.ACCEPTED;
                    }
                    if (status == null && refused.containsKey(uscc)) {
                        status = SubmissionStatus.REJECTED;
                        at = refused.get(uscc).lastReceivedAt();
                    }
                    if (status == null) {
                        status = SubmissionStatus.MISSING;
                    }
                    Long late = at == null ? null : Math.max(0, ChronoUnit.DAYS.between(deadline, at.toLocalDate()));
                    return new UnitStatus(
                            uscc,
                            rs.getString("name"),
                            rs.getString("county_code"),
                            rs.getString("county_name"),
                            status,
                            at,
                            late,
                            file == null ? null : file.id());
                })
                .list();
    }
}
