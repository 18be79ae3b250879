package org.huizong.monthly;

import java.io.IOException;
import org.huizong.output.PartialFiles;
import org.huizong.period.RunContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Clears what a killed run left half-written in the period's output folder, before the publishing steps write it. */
@Component
@JobScope
class OutputFolderTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(OutputFolderTasklet.class);

    private final RunContext run;

    OutputFolderTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        int removed = PartialFiles.clear(run.periodOutput());
        if (removed > 0) {
            log.info("period {}: {} half-written files of an interrupted run removed", run.period(), removed);
        }
        return RepeatStatus.FINISHED;
    }
}
