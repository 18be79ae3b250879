package org.huizong.cli;

import java.util.Map;
import org.huizong.HuizongApplication;
import org.huizong.system.PeriodJobLauncher;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs a job for a period in a Spring context of its own ({@link PeriodJobLauncher} says which run). */
final class JobRunner implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    /** Starts the context; the properties win over application.properties, as command-line properties do. */
    JobRunner(Map<String, Object> properties) {
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        this.context = new SpringApplicationBuilder(HuizongApplication.class).run(arguments);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JobExecution run(String jobName, String period, JobOptions options) throws Exception {
        return new PeriodJobLauncher(context.getBean(JobRepository.class), context.getBean(JobOperator.class))
                .run(
                        context.getBean(jobName, Job.class),
                        period,
                        options.folder(options.input),
                        options.folder(options.output),
                        options.folder(options.config));
    }

    /** Blocks until the context is closed (the portal: until Ctrl+C or a TERM signal). */
    void awaitClose() throws InterruptedException {
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        context.addApplicationListener((org.springframework.context.event.ContextClosedEvent e) -> closed.countDown());
        if (context.isActive()) {
            closed.await();
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
