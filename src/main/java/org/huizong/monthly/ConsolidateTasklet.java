package org.huizong.monthly;

import org.huizong.consolidation.Consolidator;
import org.huizong.form.PeriodKind;
import org.huizong.period.RunContext;
import org.huizong.system.TableStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Sums the counted units' figures by county, category and city. */
@Component
@JobScope
class ConsolidateTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ConsolidateTasklet.class);

    private final RunContext run;
    private final Consolidator consolidator;
    private final TableStatistics statistics;

    ConsolidateTasklet(RunContext run, Consolidator consolidator, TableStatistics statistics) {
        this.run = run;
        this.consolidator = consolidator;
        this.statistics = statistics;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        log.info("period {}: consolidating", run.period());
        int counted = consolidator.consolidate(
                run.period().code(),
                run.form().code(),
                run.city().code(),
                run.city().name(),
                run.period().kind() == PeriodKind.YEAR);
        statistics.refresh("counted_unit", "consolidated_value", "finding", "period_finding");
        log.info("period {}: consolidated {} units by county, category and city", run.period(), counted);
        return RepeatStatus.FINISHED;
    }
}
