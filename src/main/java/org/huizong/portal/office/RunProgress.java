package org.huizong.portal.office;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.huizong.portal.PortalMessages;
import org.huizong.submission.FileFindings;
import org.huizong.submission.InboxContents;
import org.huizong.submission.IngestionProgress;
import org.huizong.system.JobStep;
import org.huizong.system.JobSteps;
import org.springframework.batch.core.BatchStatus;
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
    public record Step(
            String name,
            String label,
            String status,
            String statusLabel,
            String tone,
            long read,
            long written,
            String duration) {}

    /**
     * The whole run, serialised to JSON for the page: {@code percent} of the job's steps done (the ingestion's share by
     * workbooks read), 100 only once the run completed; a failed run's bar stops where it failed.
     */
    public record Progress(
            long id,
            String job,
            String period,
            String status,
            String statusLabel,
            String tone,
            boolean finished,
            boolean restartable,
            String elapsed,
            int filesDone,
            int filesTotal,
            long findings,
            List<Step> steps,
            String failure,
            int percent) {}

    private final JobRepository repository;
    private final JdbcClient jdbc;
    private final IngestionProgress ingestion;
    private final JobLaunches launches;
    private final RunHistory history;

    public RunProgress(
            JobRepository repository,
            JdbcClient jdbc,
            IngestionProgress ingestion,
            JobLaunches launches,
            RunHistory history) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.ingestion = ingestion;
        this.launches = launches;
        this.history = history;
    }

    /** The run's progress; empty for a run the job repository does not have. */
    public Optional<Progress> of(long executionId) {
        if (history.byId(executionId).isEmpty()) {
            return Optional.empty();
        }
        JobExecution execution = repository.getJobExecution(executionId);
        if (execution == null) {
            return Optional.empty();
        }
        String period = execution.getJobParameters().getString("period");
        String status = execution.getStatus().name();
        boolean here = launches.running().filter(l -> l.period().equals(period)).isPresent()
                && execution.getStatus().isRunning();
        int total;
        int done;
        if (here && ingestion.total() > 0) {
            total = ingestion.total();
            done = Math.min(ingestion.done(), total);
        } else {
            done = (int) execution.getStepExecutions().stream()
                    .filter(s -> s.getStepName().startsWith(JobStep.INGEST_WORKER.stepName()))
                    .mapToLong(StepExecution::getWriteCount)
                    .sum();
            total = done + (execution.getStatus().isRunning() ? new InboxContents(jdbc).waiting(period) : 0);
        }
        long findings = new FileFindings(jdbc).countOfPeriod(period);
        List<Step> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .map(RunProgress::step)
                .toList();
        String failure = failure(execution);
        boolean finished = !execution.getStatus().isRunning();
        boolean restartable = finished
                && RunHistory.isFailed(status)
                && launches.running().isEmpty()
                && history.isLatest(executionId);
        String job = execution.getJobInstance().getJobName();
        return Optional.of(new Progress(
                executionId,
                job,
                period,
                status,
                RunHistory.statusLabel(status),
                RunHistory.tone(status),
                finished,
                restartable,
                elapsed(execution.getStartTime(), execution.getEndTime()),
                done,
                total,
                findings,
                steps,
                failure,
                percent(launches.stepsOf(job), execution, done, total)));
    }

    /** The share of the job's steps done, the ingestion counted by its workbooks; below 100 until the run completed. */
    static int percent(List<String> plan, JobExecution execution, int filesDone, int filesTotal) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return 100;
        }
        if (plan.isEmpty()) {
            return 0;
        }
        double done = plan.stream()
                .filter(name -> execution.getStepExecutions().stream()
                        .anyMatch(s -> s.getStepName().equals(name) && s.getStatus() == BatchStatus.COMPLETED))
                .count();
        boolean ingesting = plan.contains(JobStep.INGEST.stepName())
                && execution.getStepExecutions().stream()
                        .noneMatch(s -> s.getStepName().equals(JobStep.INGEST.stepName())
                                && s.getStatus() == BatchStatus.COMPLETED);
        if (ingesting && filesTotal > 0) {
            done += (double) Math.min(filesDone, filesTotal) / filesTotal;
        }
        return (int) Math.min(99, Math.floor(100 * done / plan.size()));
    }

    /**
     * Why the run failed, in a line: the failed steps in the order the jobs run them (publishing branches may fail
     * side by side, often of one cause) and, in Chinese, what the first one's exit description (the job repository keeps
     * no exceptions, only their text) says the office can act on.
     */
    private static String failure(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED) {
            return null;
        }
        List<StepExecution> failed = JobSteps.failed(execution);
        String description = failed.isEmpty()
                ? execution.getExitStatus().getExitDescription()
                : failed.get(0).getExitStatus().getExitDescription();
        return PortalMessages.get(
                "failure.line",
                failed.isEmpty() ? PortalMessages.get("failure.run") : JobSteps.failedNames(failed),
                FailureText.of(description));
    }

    private static Step step(StepExecution s) {
        String name = s.getStepName();
        String label = name.contains(":partition")
                ? PortalMessages.get(
                        "run.partition", JobSteps.label(name), name.substring(name.indexOf(":partition") + 10))
                : JobSteps.label(name);
        String status = s.getStatus().name();
        return new Step(
                name,
                label,
                status,
                RunHistory.statusLabel(status),
                RunHistory.tone(status),
                s.getReadCount(),
                s.getWriteCount(),
                elapsed(s.getStartTime(), s.getEndTime()));
    }

    private static String elapsed(LocalDateTime start, LocalDateTime end) {
        return start == null
                ? ""
                : RunHistory.duration(Duration.between(start, end == null ? LocalDateTime.now() : end));
    }
}
