package org.huizong.portal.office;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.huizong.monthly.MonthlyJobConfiguration;
import org.huizong.submission.IngestionProgress;
import org.huizong.system.JobSteps;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A run's progress as the office's page polls it: each step from the job repository, the workbooks this run read (live
 * from this process's ingestion, else from the ingestion steps' write counts and the period's inbox, so a run of another
 * process shows too) and the findings of the period stored so far.
 */
public final class RunProgress {

    /** One step. */
    public record Step(String name, String label, String status, String statusLabel, String tone, long read, long written, String duration) {
    }

    /** The whole run, serialised to JSON for the page. */
    public record Progress(long id, String job, String period, String status, String statusLabel, String tone, boolean finished,
                           boolean restartable, String elapsed, int filesDone, int filesTotal, long findings, List<Step> steps,
                           String failure) {
    }

    private final JobRepository repository;
    private final JdbcClient jdbc;
    private final IngestionProgress ingestion;
    private final JobLaunches launches;

    public RunProgress(JobRepository repository, JdbcClient jdbc, IngestionProgress ingestion, JobLaunches launches) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.ingestion = ingestion;
        this.launches = launches;
    }

    public Optional<Progress> of(long executionId) {
        JobExecution execution = repository.getJobExecution(executionId);
        if (execution == null) {
            return Optional.empty();
        }
        String period = execution.getJobParameters().getString("period");
        String status = execution.getStatus().name();
        boolean here = launches.running().filter(l -> l.period().equals(period)).isPresent() && execution.getStatus().isRunning();
        int total;
        int done;
        if (here && ingestion.total() > 0) {
            total = ingestion.total();
            done = Math.min(ingestion.done(), total);
        } else {
            done = (int) execution.getStepExecutions().stream().filter(s -> s.getStepName().startsWith(MonthlyJobConfiguration.INGEST_WORKER_STEP))
                    .mapToLong(StepExecution::getWriteCount).sum();
            total = done + (execution.getStatus().isRunning()
                    ? count("SELECT COUNT(*) FROM inbox_file WHERE period = :period AND done = FALSE", period) : 0);
        }
        long findings = count("SELECT COUNT(*) FROM finding x JOIN received_file f ON f.id = x.file_id WHERE f.period = :period", period)
                + count("SELECT COUNT(*) FROM period_finding WHERE period = :period", period);
        List<Step> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .map(RunProgress::step).toList();
        String failure = failure(execution);
        boolean finished = !execution.getStatus().isRunning();
        boolean restartable = finished && List.of("FAILED", "STOPPED", "UNKNOWN").contains(status) && launches.running().isEmpty();
        return Optional.of(new Progress(executionId, execution.getJobInstance().getJobName(), period, status,
                RunHistory.statusLabel(status), RunHistory.tone(status), finished, restartable,
                elapsed(execution.getStartTime(), execution.getEndTime()), done, total, findings, steps, failure));
    }

    /**
     * Why the run failed, in a line: the failed steps in the order the jobs run them (publishing branches may fail
     * side by side, often of one cause) and the first one's exit description (the job repository keeps no exceptions).
     */
    private static String failure(JobExecution execution) {
        if (execution.getStatus() != org.springframework.batch.core.BatchStatus.FAILED) {
            return null;
        }
        List<StepExecution> failed = JobSteps.failed(execution);
        String description = failed.isEmpty() ? execution.getExitStatus().getExitDescription()
                : JobSteps.failedNames(failed) + "：" + failed.get(0).getExitStatus().getExitDescription();
        String line = description == null ? "" : description.lines().findFirst().orElse("");
        return (line.length() > 300 ? line.substring(0, 300) + "…" : line) + "。排除原因后点“重新运行”，已完成的读取不会重做。";
    }

    private static Step step(StepExecution s) {
        String name = s.getStepName();
        String label = JobSteps.label(name) + (name.contains(":partition") ? "（分区 " + name.substring(name.indexOf(":partition") + 10) + "）" : "");
        String status = s.getStatus().name();
        return new Step(name, label, status, RunHistory.statusLabel(status), RunHistory.tone(status), s.getReadCount(), s.getWriteCount(),
                elapsed(s.getStartTime(), s.getEndTime()));
    }

    private static String elapsed(LocalDateTime start, LocalDateTime end) {
        return start == null ? "" : RunHistory.duration(Duration.between(start, end == null ? LocalDateTime.now() : end));
    }

    private int count(String sql, String period) {
        return jdbc.sql(sql).param("period", period).query(Long.class).single().intValue();
    }
}
