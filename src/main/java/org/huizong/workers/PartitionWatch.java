package org.huizong.workers;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Watches the partitions a manager step handed out: while it waits, tells how many items they have written (the
 * command line's progress bar); when it ends without all of them, marks those still running as failed. A killed
 * worker's partition is thus failed cleanly, the same command restarts it, and a worker still running it after all
 * finds its partition changed under it at its next commit, which rolls that chunk back.
 */
final class PartitionWatch implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(PartitionWatch.class);

    private final JobRepository jobRepository;
    private final String workerStep;
    private final WorkersProperties workers;
    private final IntConsumer written;
    private final Map<Long, ScheduledExecutorService> watching = new ConcurrentHashMap<>();

    PartitionWatch(JobRepository jobRepository, String workerStep, WorkersProperties workers, IntConsumer written) {
        this.jobRepository = jobRepository;
        this.workerStep = workerStep;
        this.workers = workers;
        this.written = written;
    }

    @Override
    public void beforeStep(StepExecution manager) {
        ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, workerStep + "-watch");
            thread.setDaemon(true);
            return thread;
        });
        long interval = workers.pollInterval().toMillis();
        poll.scheduleWithFixedDelay(
                () -> {
                    try {
                        written.accept(written(partitions(manager)));
                    } catch (RuntimeException e) {
                        log.debug("{}: the partitions' progress could not be read this time", manager.getStepName(), e);
                    }
                },
                interval,
                interval,
                TimeUnit.MILLISECONDS);
        watching.put(manager.getId(), poll);
        log.info(
                "{}: {} partitions handed to the workers on queue {}",
                manager.getStepName(),
                workers.partitions(),
                workers.queue());
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        ScheduledExecutorService poll = watching.remove(manager.getId());
        if (poll != null) {
            poll.shutdownNow();
        }
        List<StepExecution> partitions = partitions(manager);
        written.accept(written(partitions));
        if (manager.getStatus() == BatchStatus.COMPLETED) {
            return null;
        }
        for (StepExecution partition : partitions) {
            if (partition.getStatus().isRunning()) {
                partition.setStatus(BatchStatus.FAILED);
                partition.setEndTime(LocalDateTime.now());
                partition.setExitStatus(ExitStatus.FAILED.addExitDescription("no worker finished this partition within "
                        + workers.timeout() + " (huizong.workers.timeout)"));
                jobRepository.update(partition);
                log.warn(
                        "{}: {} did not end within {} and is marked failed; run the same command again to resume it",
                        manager.getStepName(),
                        partition.getStepName(),
                        workers.timeout());
            }
        }
        return null;
    }

    private List<StepExecution> partitions(StepExecution manager) {
        return jobRepository.getJobExecution(manager.getJobExecutionId()).getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(workerStep + ":"))
                .toList();
    }

    private static int written(List<StepExecution> partitions) {
        return (int) partitions.stream().mapToLong(StepExecution::getWriteCount).sum();
    }
}
