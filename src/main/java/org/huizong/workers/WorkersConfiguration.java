package org.huizong.workers;

import org.huizong.system.HuizongProperties;
import org.huizong.system.LocalPartitions;
import org.huizong.system.PartitionedSteps;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the jobs' partitions run. By default on this process's threads, and nothing here touches a broker; with
 * {@code huizong.workers.mode=remote} the {@link ManagerConfiguration} hands them out instead, and with {@code worker}
 * the {@link WorkerConfiguration} takes them.
 */
@Configuration
@EnableConfigurationProperties(WorkersProperties.class)
public class WorkersConfiguration {

    /** The partitions of this process, unless it hands them out (a worker runs the partitions it takes, never a whole step). */
    @Bean
    @ConditionalOnExpression("!'${huizong.workers.mode:local}'.equalsIgnoreCase('remote')")
    PartitionedSteps localPartitions(JobRepository jobRepository, HuizongProperties properties) {
        return new LocalPartitions(jobRepository, properties.ingest().partitions());
    }
}
