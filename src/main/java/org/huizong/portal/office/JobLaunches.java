package org.huizong.portal.office;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.huizong.annual.AnnualJobConfiguration;
import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import org.huizong.monthly.MonthlyJobConfiguration;
import org.huizong.portal.AuditLog;
import org.huizong.portal.LeasedWrite;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.PortalProperties;
import org.huizong.portal.user.PortalUser;
import org.huizong.submission.IngestionProgress;
import org.huizong.system.JobStep;
import org.huizong.system.PeriodJobLauncher;
import org.huizong.system.PeriodLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * Starts the monthly or annual job for a period from the portal, in the background, one at a time in this process; the
 * same {@link PeriodJobLauncher} as the command line picks the run (a failed or killed run is restarted). A period held
 * by a live run of another process (the command line) is refused rather than taken over.
 */
public final class JobLaunches implements AutoCloseable {

    /** A job started here and not finished yet. */
    public record Launch(String job, String period, String by, LocalDateTime at) {}

    private static final Logger log = LoggerFactory.getLogger(JobLaunches.class);

    private final PeriodJobLauncher launcher;
    private final Map<String, Job> jobs;
    private final PortalProperties folders;
    private final JdbcClient jdbc;
    private final IngestionProgress progress;
    private final AuditLog audit;
    private final PeriodLease lease;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "portal-job");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Launch> running = new AtomicReference<>();

    public JobLaunches(
            PeriodJobLauncher launcher,
            Map<String, Job> jobs,
            PortalProperties folders,
            JdbcClient jdbc,
            IngestionProgress progress,
            AuditLog audit,
            PeriodLease lease) {
        this.launcher = launcher;
        this.jobs = Map.copyOf(jobs);
        this.folders = folders;
        this.jdbc = jdbc;
        this.progress = progress;
        this.audit = audit;
        this.lease = lease;
    }

    /** The job that runs a period: monthly for a month, annual for a year. */
    public static String jobFor(ReportPeriod period) {
        return period.kind() == PeriodKind.MONTH ? MonthlyJobConfiguration.JOB : AnnualJobConfiguration.JOB;
    }

    /** The steps a job runs, in its flow's order, without the ingestion's partitions (workers). */
    public List<String> stepsOf(String jobName) {
        if (!(jobs.get(jobName) instanceof AbstractJob job)) {
            return List.of();
        }
        return job.getStepNames().stream()
                .filter(name -> !name.startsWith(JobStep.INGEST_WORKER.stepName()))
                .toList();
    }

    public Optional<Launch> running() {
        return Optional.ofNullable(running.get());
    }

    /** Starts the period's job and returns its execution id once the job repository has it (empty if not within seconds). */
    public Optional<Long> start(PortalUser user, ReportPeriod period) {
        String jobName = jobFor(period);
        Job job = jobs.get(jobName);
        if (busyElsewhere(period.code())) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, PortalMessages.get("office.refused.leased", period.code()));
        }
        Launch launch = new Launch(jobName, period.code(), user.username(), LocalDateTime.now());
        if (!running.compareAndSet(null, launch)) {
            Launch other = running.get();
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, PortalMessages.get("office.refused.running", other.period(), other.by()));
        }
        long before = lastExecutionId();
        progress.reset(0);
        String label = period.kind() == PeriodKind.MONTH
                ? PortalMessages.get("job.monthly")
                : PortalMessages.get("job.annual");
        audit.record(user.username(), AuditLog.JOB, period.code(), PortalMessages.get("audit.jobStarted", label));
        executor.submit(() -> {
            try {
                var execution = launcher.run(
                        job,
                        period.code(),
                        folders.input().toString(),
                        folders.output().toString(),
                        folders.config().toString());
                log.info("portal: {} {} ended {}", jobName, period.code(), execution.getStatus());
                audit.record(
                        user.username(),
                        AuditLog.JOB,
                        period.code(),
                        PortalMessages.get(
                                "audit.jobEnded",
                                label,
                                RunHistory.statusLabel(execution.getStatus().name()),
                                execution.getId()));
            } catch (Exception | Error e) {
                log.error("portal: {} {} could not run", jobName, period.code(), e);
                audit.record(
                        user.username(),
                        AuditLog.JOB,
                        period.code(),
                        PortalMessages.get("audit.jobFailed", label, FailureText.of(e)));
            } finally {
                running.set(null);
            }
        });
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until) {
            long last = lastExecutionId();
            if (last > before) {
                return Optional.of(last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether a run in another process holds the period now (its lease renewed recently). */
    boolean busyElsewhere(String period) {
        if (running.get() != null && running.get().period().equals(period)) {
            return false;
        }
        return lease.heldByOthers(period, LeasedWrite.OWNER_PREFIX);
    }

    private long lastExecutionId() {
        return jdbc.sql("SELECT COALESCE(MAX(JOB_EXECUTION_ID), 0) FROM BATCH_JOB_EXECUTION")
                .query(Long.class)
                .single();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
