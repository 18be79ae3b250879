package org.huizong.cli;

import java.util.Map;

import org.huizong.HuizongApplication;
import org.huizong.system.JobParameterNames;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a job for a period in a Spring context: restarts the period's last run when it failed or was killed,
 * otherwise starts a new run. Run numbers make a completed period runnable again when new files arrive.
 */
final class JobRunner implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    /** Starts the context; the properties win over application.properties, as command-line properties do. */
    JobRunner(Map<String, Object> properties) {
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        this.context = new SpringApplicationBuilder(HuizongApplication.class).run(arguments);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JobExecution run(String jobName, String period, JobOptions options) throws Exception {
        Job job = context.getBean(jobName, Job.class);
        JobRepository repository = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        for (long run = 1; ; run++) {
            JobParameters parameters = new JobParametersBuilder()
                    .addString(JobParameterNames.PERIOD, period)
                    .addLong(JobParameterNames.RUN, run)
                    .addString(JobParameterNames.INPUT, options.input.toString(), false)
                    .addString(JobParameterNames.OUTPUT, options.output.toString(), false)
                    .addString(JobParameterNames.CONFIG, options.config.toString(), false)
                    .toJobParameters();
            JobExecution last = repository.getLastJobExecution(jobName, parameters);
            if (last == null) {
                return operator.start(job, parameters);
            }
            if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
                continue;
            }
            if (last.getStatus().isRunning()) {
                last = operator.recover(last);
            }
            return operator.restart(last);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
