package org.huizong.monthly;

import org.huizong.period.RunContext;
import org.huizong.period.RunContexts;
import org.huizong.system.TaskletSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The two ends of publishing that let a rerun leave unchanged outputs alone ({@link PublishedInputs}): the decision
 * before it, and the step after its last branch that records what the outputs were published from. Both jobs use them.
 */
@Configuration
public class PublishedInputsConfiguration {

    static final String UNCHANGED = "UNCHANGED";
    /** Where the job keeps the fingerprint of the inputs it publishes, for the published step to record. */
    static final String INPUTS = "inputs.sha256";
    /** Where the job keeps the fingerprint of what the figures' outputs are made from. */
    static final String FIGURES = "figures.sha256";

    private static final Logger log = LoggerFactory.getLogger(PublishedInputsConfiguration.class);

    /** Publishing goes ahead only when its inputs differ from those the period's outputs were published from. */
    @Bean
    public JobExecutionDecider publishingDecider(RunContexts runs, PublishedInputs inputs) {
        return (jobExecution, stepExecution) -> {
            RunContext run = runs.of(jobExecution.getJobParameters());
            PublishedInputs.Fingerprints fingerprints = inputs.fingerprints(run);
            String fingerprint = fingerprints.all();
            jobExecution.getExecutionContext().putString(INPUTS, fingerprint);
            jobExecution.getExecutionContext().putString(FIGURES, fingerprints.figures());
            if (inputs.published(run, fingerprint)) {
                log.info("period {}: nothing changed since the outputs in {} were published; they are left as they are",
                        run.period(), run.periodOutput());
                return new FlowExecutionStatus(UNCHANGED);
            }
            return new FlowExecutionStatus("CHANGED");
        };
    }

    /** The fingerprint of what the figures' outputs of the step's job are made from. */
    static String figures(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext().getString(FIGURES);
    }

    /** Records, after every branch of publishing, the inputs the outputs were published from. */
    @Bean
    public Step publishedStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, PublishedInputs inputs) {
        return TaskletSteps.rerunnable(MonthlyJobConfiguration.PUBLISHED_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            inputs.record(run, chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext().getString(INPUTS));
            return RepeatStatus.FINISHED;
        });
    }

}
