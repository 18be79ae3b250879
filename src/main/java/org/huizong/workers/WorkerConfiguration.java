package org.huizong.workers;

import java.util.List;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A worker's side (the {@code worker} command): takes partition requests from the queue, one at a time per consumer
 * (prefetch 1, so a worker added later finds work waiting), runs the named step on the shared job repository, and
 * acknowledges the request once the partition has ended. A request that fails is dropped, not requeued: the manager
 * sees its partition fail, or times out on it.
 */
@Configuration
@ConditionalOnProperty(name = "huizong.workers.mode", havingValue = "worker")
@EnableIntegration
public class WorkerConfiguration {

    @Bean
    Queue partitionQueue(WorkersProperties workers) {
        return QueueBuilder.durable(workers.queue()).build();
    }

    @Bean
    PartitionRequests partitionRequestHandler(JobRepository jobRepository, BeanFactory beanFactory) {
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beanFactory);
        return new PartitionRequests(jobRepository, steps);
    }

    @Bean
    IntegrationFlow partitionRequestsFromBroker(
            ConnectionFactory connectionFactory, WorkersProperties workers, PartitionRequests requests) {
        SimpleMessageConverter requestsOnly = new SimpleMessageConverter();
        requestsOnly.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName()));
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, workers.queue())
                        .messageConverter(requestsOnly)
                        .configureContainer(container -> container
                                .concurrentConsumers(workers.concurrency())
                                .prefetchCount(1)
                                .defaultRequeueRejected(false)
                                .taskExecutor(new SimpleAsyncTaskExecutor("partition-"))))
                .handle(requests, "run")
                .get();
    }
}
