package org.huizong.workers;

import java.util.function.IntConsumer;
import org.huizong.system.PartitionedSteps;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.messaging.MessageChannel;

/**
 * The partitions handed to worker processes: {@code huizong.workers.partitions} requests on the queue, then the job
 * repository read every {@code poll-interval} until each has ended, for at most {@code timeout}.
 */
final class RemotePartitions implements PartitionedSteps {

    private final RemotePartitioningManagerStepBuilderFactory steps;
    private final MessageChannel requests;
    private final JobRepository jobRepository;
    private final WorkersProperties workers;

    RemotePartitions(
            RemotePartitioningManagerStepBuilderFactory steps,
            MessageChannel requests,
            JobRepository jobRepository,
            WorkersProperties workers) {
        this.steps = steps;
        this.requests = requests;
        this.jobRepository = jobRepository;
        this.workers = workers;
    }

    @Override
    public Step partitioned(String name, Step worker, Partitioner partitioner, IntConsumer written) {
        return steps.get(name)
                .outputChannel(requests)
                .pollInterval(workers.pollInterval().toMillis())
                .timeout(workers.timeout().toMillis())
                .partitioner(worker.getName(), partitioner)
                .gridSize(workers.partitions())
                .listener(new PartitionWatch(jobRepository, worker.getName(), workers, written))
                .allowStartIfComplete(true)
                .build();
    }

    @Override
    public Step spread(Step local, Step worker, Partitioner partitioner) {
        return partitioned(local.getName(), worker, partitioner, written -> {});
    }
}
