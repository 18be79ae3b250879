package org.huizong.workers;

import org.huizong.system.PartitionedSteps;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The manager's side ({@code --workers remote}): the partitioned steps send one request per partition to the queue and
 * then read the job repository until every partition has ended (no reply queue), as Spring Batch's remote
 * partitioning sample with repository polling does.
 */
@Configuration
@ConditionalOnProperty(name = "huizong.workers.mode", havingValue = "remote")
@EnableBatchIntegration
public class ManagerConfiguration {

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(
            DirectChannel partitionRequests, RabbitTemplate rabbit, WorkersProperties workers) {
        return IntegrationFlow.from(partitionRequests)
                .handle(Amqp.outboundAdapter(rabbit).routingKey(workers.queue()))
                .get();
    }

    @Bean
    Queue partitionQueue(WorkersProperties workers) {
        return QueueBuilder.durable(workers.queue()).build();
    }

    @Bean
    PartitionedSteps remotePartitions(
            RemotePartitioningManagerStepBuilderFactory steps,
            DirectChannel partitionRequests,
            JobRepository jobRepository,
            WorkersProperties workers) {
        return new RemotePartitions(steps, partitionRequests, jobRepository, workers);
    }
}
