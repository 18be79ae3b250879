package org.huizong.system;

import java.util.function.IntConsumer;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** The partitions on threads of this process, {@code huizong.ingest.partitions} at once. */
public final class LocalPartitions implements PartitionedSteps {

    private final JobRepository jobRepository;
    private final int partitions;

    public LocalPartitions(JobRepository jobRepository, int partitions) {
        this.jobRepository = jobRepository;
        this.partitions = partitions;
    }

    @Override
    public Step partitioned(String name, Step worker, Partitioner partitioner, IntConsumer written) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name.replace("Step", "") + "-");
        executor.setConcurrencyLimit(partitions);
        return new StepBuilder(name, jobRepository)
                .partitioner(worker.getName(), partitioner)
                .step(worker)
                .gridSize(partitions)
                .taskExecutor(executor)
                .allowStartIfComplete(true)
                .build();
    }

    @Override
    public Step spread(Step local, Step worker, Partitioner partitioner) {
        return local;
    }
}
