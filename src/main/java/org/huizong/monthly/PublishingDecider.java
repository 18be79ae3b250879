package org.huizong.monthly;

import org.huizong.period.RunContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Publishing goes ahead only when its inputs differ from those the period's outputs were published from
 * ({@link PublishedInputs}); the fingerprints are kept in the job's context for the steps after it.
 */
@Component
@JobScope
class PublishingDecider implements JobExecutionDecider {

    /** The decision that publishing would write the same outputs again: the job then leaves them as they are. */
    static final String UNCHANGED = "UNCHANGED";
    /** Where the job keeps the fingerprint of the inputs it publishes, for the published step to record. */
    static final String INPUTS = "inputs.sha256";
    /** Where the job keeps the fingerprint of what the figures' outputs are made from. */
    static final String FIGURES = "figures.sha256";

    private static final Logger log = LoggerFactory.getLogger(PublishingDecider.class);

    private final RunContext run;
    private final PublishedInputs inputs;

    PublishingDecider(RunContext run, PublishedInputs inputs) {
        this.run = run;
        this.inputs = inputs;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        PublishedInputs.Fingerprints fingerprints = inputs.fingerprints(run);
        String fingerprint = fingerprints.all();
        jobExecution.getExecutionContext().putString(INPUTS, fingerprint);
        jobExecution.getExecutionContext().putString(FIGURES, fingerprints.figures());
        if (inputs.published(run, fingerprint)) {
            log.info(
                    "period {}: nothing changed since the outputs in {} were published; they are left as they are",
                    run.period(),
                    run.periodOutput());
            return new FlowExecutionStatus(UNCHANGED);
        }
        return new FlowExecutionStatus("CHANGED");
    }
}
