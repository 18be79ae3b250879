package org.huizong.cli;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.huizong.system.JobSteps;
import org.huizong.text.Messages;
import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lines the console shows for the steps of the run being watched — one when a step starts, one when it ends,
 * with its time — read from the job repository, where every step (publishing's branches side by side included)
 * records itself. The run is the first job execution after the one that was last when watching began.
 */
final class StepLines {

    private record Step(String name, String status, Timestamp end) {}

    private final JdbcClient jdbc;
    private final long before;
    private final Set<String> started = new HashSet<>();
    private final Set<String> ended = new HashSet<>();

    StepLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.before = jdbc.sql("SELECT COALESCE(MAX(JOB_EXECUTION_ID), 0) FROM BATCH_JOB_EXECUTION")
                .query(Long.class)
                .single();
    }

    /** The lines of what started or ended since the last call. */
    List<String> next() {
        List<Step> steps = jdbc.sql("""
                SELECT STEP_NAME, STATUS, END_TIME FROM BATCH_STEP_EXECUTION
                WHERE JOB_EXECUTION_ID = (SELECT MIN(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID > :before)
                ORDER BY STEP_EXECUTION_ID
                """)
                .param("before", before)
                .query((rs, n) -> new Step(rs.getString(1), rs.getString(2), rs.getTimestamp(3)))
                .list();
        List<String> lines = new java.util.ArrayList<>();
        for (Step step : steps) {
            String base = JobSteps.base(step.name());
            String label = JobSteps.label(step.name());
            if (started.add(label)) {
                lines.add(Messages.text("cli.step.started", label));
            }
            boolean whole = base.equals(step.name()) && !base.equals("ingestWorkerStep");
            if (whole && step.end() != null && ended.add(label)) {
                lines.add(Messages.text(
                        BatchStatus.COMPLETED.name().equals(step.status())
                                ? "cli.step.completed"
                                : "cli.step.unfinished",
                        label));
            }
        }
        return lines;
    }
}
