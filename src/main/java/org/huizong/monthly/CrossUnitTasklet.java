package org.huizong.monthly;

import java.time.LocalDate;
import org.huizong.consolidation.RolledUpUnits;
import org.huizong.period.RunContext;
import org.huizong.submission.CrossUnitFindings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Checks the current files of the period's units against each other; for a year, after the months roll up. */
@Component
@JobScope
class CrossUnitTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CrossUnitTasklet.class);

    private final RunContext run;
    private final CrossUnitFindings crossUnit;
    private final RolledUpUnits rollups;

    CrossUnitTasklet(RunContext run, CrossUnitFindings crossUnit, RolledUpUnits rollups) {
        this.run = run;
        this.crossUnit = crossUnit;
        this.rollups = rollups;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        log.info(
                "period {}: {} cross-unit findings",
                run.period(),
                crossUnit.check(
                        run, LocalDate.now(), rollups.standIns(run.period().code())));
        return RepeatStatus.FINISHED;
    }
}
