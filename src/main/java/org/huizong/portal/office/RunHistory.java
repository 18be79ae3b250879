package org.huizong.portal.office;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.huizong.portal.PortalMessages;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The runs of the jobs, newest first, from Spring Batch's job repository (whichever process ran them). */
public final class RunHistory {

    /** One job execution; {@code latest}: no later execution of the same job and period. */
    public record Run(
            long id,
            String job,
            String period,
            Long run,
            String status,
            String exitCode,
            LocalDateTime start,
            LocalDateTime end,
            boolean latest) {

        public String jobLabel() {
            return job.startsWith("annual") ? PortalMessages.get("job.annual") : PortalMessages.get("job.monthly");
        }

        public String statusLabel() {
            return RunHistory.statusLabel(status);
        }

        public String tone() {
            return RunHistory.tone(status);
        }

        public String duration() {
            return start == null
                    ? ""
                    : RunHistory.duration(Duration.between(start, end == null ? LocalDateTime.now() : end));
        }

        public boolean failed() {
            return isFailed(status);
        }

        /** A failed run that nothing ran after: running it again resumes it. An older failed run needs nothing. */
        public boolean restartable() {
            return failed() && latest;
        }
    }

    private final JdbcClient jdbc;

    public RunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Run> latest(int count) {
        return query("", count, null);
    }

    public List<Run> ofPeriod(String period, int count) {
        return query(
                "WHERE (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'period') = :period",
                count,
                period);
    }

    public Optional<Run> byId(long id) {
        return jdbc.sql(SELECT + " WHERE e.JOB_EXECUTION_ID = :id")
                .param("id", id)
                .query((rs, n) -> run(rs))
                .optional();
    }

    private static final String SELECT = """
            SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.START_TIME, e.END_TIME,
                   (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'period') AS period,
                   (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'run') AS run_no,
                   (SELECT COUNT(*) FROM BATCH_JOB_EXECUTION l JOIN BATCH_JOB_INSTANCE li ON li.JOB_INSTANCE_ID = l.JOB_INSTANCE_ID
                    JOIN BATCH_JOB_EXECUTION_PARAMS lp ON lp.JOB_EXECUTION_ID = l.JOB_EXECUTION_ID AND lp.PARAMETER_NAME = 'period'
                    WHERE li.JOB_NAME = i.JOB_NAME AND l.JOB_EXECUTION_ID > e.JOB_EXECUTION_ID
                    AND lp.PARAMETER_VALUE = (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                                              WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'period')) AS later
            FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            """;

    /** Whether no later run of the same job and period exists. */
    public boolean isLatest(long id) {
        return byId(id).map(Run::latest).orElse(false);
    }

    static boolean isFailed(String status) {
        return "FAILED".equals(status) || "STOPPED".equals(status) || "UNKNOWN".equals(status);
    }

    private List<Run> query(String where, int count, String period) {
        var spec = jdbc.sql(SELECT + where + " ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST :n ROWS ONLY")
                .param("n", count);
        if (period != null) {
            spec = spec.param("period", period);
        }
        return spec.query((rs, n) -> run(rs)).list();
    }

    private static Run run(java.sql.ResultSet rs) throws java.sql.SQLException {
        String runNo = rs.getString("run_no");
        return new Run(
                rs.getLong(1),
                rs.getString(2),
                rs.getString("period"),
                runNo == null ? null : Long.valueOf(runNo),
                rs.getString(3),
                rs.getString(4),
                time(rs.getTimestamp(5)),
                time(rs.getTimestamp(6)),
                rs.getLong("later") == 0);
    }

    private static LocalDateTime time(java.sql.Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "COMPLETED" -> PortalMessages.get("run.status.COMPLETED");
            case "STARTING", "STARTED" -> PortalMessages.get("run.status.STARTED");
            case "STOPPING", "STOPPED" -> PortalMessages.get("run.status.STOPPED");
            case "FAILED" -> PortalMessages.get("run.status.FAILED");
            case "ABANDONED" -> PortalMessages.get("run.status.ABANDONED");
            default -> PortalMessages.get("run.status.UNKNOWN");
        };
    }

    static String tone(String status) {
        return switch (status) {
            case "COMPLETED" -> "green";
            case "STARTING", "STARTED" -> "amber";
            case "FAILED", "STOPPED", "UNKNOWN" -> "red";
            default -> "grey";
        };
    }

    static String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s < 60 ? PortalMessages.get("run.seconds", s) : PortalMessages.get("run.minutes", s / 60, s % 60);
    }
}
