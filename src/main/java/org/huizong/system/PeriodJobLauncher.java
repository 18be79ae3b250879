package org.huizong.system;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Runs a job for a period, from the command line or the portal alike: restarts the period's last run when it failed or
 * was killed, otherwise starts a new run. Run numbers make a completed period runnable again when new files arrive.
 */
public final class PeriodJobLauncher {

    private final JobRepository repository;
    private final JobOperator operator;

    public PeriodJobLauncher(JobRepository repository, JobOperator operator) {
        this.repository = repository;
        this.operator = operator;
    }

    /** Runs (in the calling thread) and returns the finished execution. */
    public JobExecution run(Job job, String period, String input, String output, String config) throws Exception {
        for (long run = 1; ; run++) {
            JobParameters parameters = new JobParametersBuilder()
                    .addString(JobParameterNames.PERIOD, period)
                    .addLong(JobParameterNames.RUN, run)
                    .addString(JobParameterNames.INPUT, input, false)
                    .addString(JobParameterNames.OUTPUT, output, false)
                    .addString(JobParameterNames.CONFIG, config, false)
                    .toJobParameters();
            JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
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
}
