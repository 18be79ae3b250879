package org.huizong.system;

import java.util.function.IntConsumer;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;

/**
 * Where the partitions of the jobs' partitioned steps run: on threads of this process (the default), or on worker
 * processes that take them from a message broker ({@code org.huizong.workers}, {@code --workers remote}).
 */
public interface PartitionedSteps {

    /**
     * A step that splits its work into partitions of {@code worker}.
     *
     * @param written told, from time to time, how many items the partitions have written so far when they run elsewhere
     *                (partitions on this process's threads report their own progress)
     */
    Step partitioned(String name, Step worker, Partitioner partitioner, IntConsumer written);

    /** {@code local} as it is when this process runs the partitions, else a step handing out partitions of {@code worker}. */
    Step spread(Step local, Step worker, Partitioner partitioner);
}
