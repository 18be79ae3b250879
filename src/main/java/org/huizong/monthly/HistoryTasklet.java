package org.huizong.monthly;

import org.huizong.period.RunContext;
import org.huizong.submission.HistoryFindings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Checks the period's current files against each unit's history. */
@Component
@JobScope
class HistoryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(HistoryTasklet.class);

    private final RunContext run;
    private final HistoryFindings history;

    HistoryTasklet(RunContext run, HistoryFindings history) {
        this.run = run;
        this.history = history;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        log.info("period {}: {} findings against the units' history", run.period(), history.check(run));
        return RepeatStatus.FINISHED;
    }
}
