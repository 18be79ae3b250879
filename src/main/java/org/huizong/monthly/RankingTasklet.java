package org.huizong.monthly;

import java.io.IOException;
import org.huizong.assessment.AssessmentModel;
import org.huizong.assessment.RankingPublisher;
import org.huizong.period.RunContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Ranks the period's units by the assessment model and publishes the ranking; counts the units ranked. */
@Component
@JobScope
class RankingTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RankingTasklet.class);

    private final RunContext run;
    private final RankingPublisher ranking;

    RankingTasklet(RunContext run, RankingPublisher ranking) {
        this.run = run;
        this.ranking = ranking;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        int ranked = ranking.publish(run, contribution.getStepExecution().getJobExecutionId());
        contribution.incrementWriteCount(ranked);
        log.info(
                "period {}: {} ranked by {} into {}",
                run.period(),
                ranked,
                run.part(AssessmentModel.class).label(),
                run.periodOutput());
        return RepeatStatus.FINISHED;
    }
}
