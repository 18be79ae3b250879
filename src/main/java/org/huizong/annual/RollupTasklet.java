package org.huizong.annual;

import org.huizong.consolidation.AnnualRollups;
import org.huizong.period.RunContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Rolls up the twelve months of every unit whose months were all accepted, for the units that sent no annual workbook. */
@Component
@JobScope
class RollupTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RollupTasklet.class);

    private final RunContext run;
    private final AnnualRollups rollups;

    RollupTasklet(RunContext run, AnnualRollups rollups) {
        this.run = run;
        this.rollups = rollups;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        log.info("year {}: {} units with all their months accepted", run.period(), rollups.rollUp(run));
        return RepeatStatus.FINISHED;
    }
}
