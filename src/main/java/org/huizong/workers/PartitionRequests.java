package org.huizong.workers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.dao.DataAccessException;

/**
 * Runs the partitions a worker takes from the queue with Spring Batch's {@link StepExecutionRequestHandler}, but only a
 * partition nobody has started: a request the broker delivers again after its worker died finds its partition started
 * and is left alone, so that no two workers run one partition. The manager then fails the step when its wait times out,
 * and the same command again runs the partition afresh.
 */
public final class PartitionRequests {

    private static final Logger log = LoggerFactory.getLogger(PartitionRequests.class);

    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();

    PartitionRequests(JobRepository jobRepository, StepLocator steps) {
        this.jobRepository = jobRepository;
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(steps);
    }

    public void run(StepExecutionRequest request) {
        StepExecution partition;
        try {
            partition = jobRepository.getStepExecution(request.getStepExecutionId());
        } catch (DataAccessException e) {
            partition = null;
        }
        if (partition == null) {
            log.warn("{}: no such partition in the job repository (another database?), request dropped", request);
            return;
        }
        String job = partition.getJobExecution().getJobInstance().getJobName() + " #" + partition.getJobExecutionId();
        if (partition.getStatus() != BatchStatus.STARTING) {
            log.warn(
                    "{} of {} is {} already (its worker stopped, or the manager gave up on it): left alone",
                    partition.getStepName(),
                    job,
                    partition.getStatus());
            return;
        }
        log.info(
                "{} of {} ({}): started",
                partition.getStepName(),
                job,
                partition.getJobExecution().getJobParameters().getString("period"));
        StepExecution ended = handler.handle(request);
        log.info(
                "{} of {}: {}, {} read, {} written",
                ended.getStepName(),
                job,
                ended.getStatus(),
                ended.getReadCount(),
                ended.getWriteCount());
    }
}
