package org.huizong.monthly;

import org.huizong.period.RunContext;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Records, after every branch of publishing, the inputs the outputs were published from ({@link PublishedInputs}). */
@Component
@JobScope
class PublishedTasklet implements Tasklet {

    private final RunContext run;
    private final PublishedInputs inputs;

    PublishedTasklet(RunContext run, PublishedInputs inputs) {
        this.run = run;
        this.inputs = inputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        inputs.record(
                run,
                contribution
                        .getStepExecution()
                        .getJobExecution()
                        .getExecutionContext()
                        .getString(PublishingDecider.INPUTS));
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }
}
