package org.huizong.workers;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the jobs' partitions run ({@code huizong.workers.*}): here, or on worker processes that take them from a
 * RabbitMQ queue (the broker itself is {@code spring.rabbitmq.*}).
 *
 * @param mode         {@code local} (this process's threads), {@code remote} (hand them to workers: {@code --workers
 *                     remote}) or {@code worker} (take them: the {@code worker} command)
 * @param queue        the queue the manager sends partitions to and the workers take them from
 * @param partitions   how many partitions a step hands out: more than the workers, so that each takes several and a
 *                     faster machine takes more
 * @param timeout      how long the manager waits for all partitions of a step; a partition still unfinished then (its
 *                     worker was killed) fails the step, and the same command again resumes it
 * @param pollInterval how often the manager reads the job repository for its partitions' ends
 * @param concurrency  how many partitions a worker runs at once
 */
@ConfigurationProperties("huizong.workers")
public record WorkersProperties(
        Mode mode, String queue, int partitions, Duration timeout, Duration pollInterval, int concurrency) {

    /** The three roles a process can take. */
    public enum Mode {
        LOCAL,
        REMOTE,
        WORKER
    }
}
