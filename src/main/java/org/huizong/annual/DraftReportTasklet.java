package org.huizong.annual;

import java.io.IOException;
import org.huizong.period.RunContext;
import org.huizong.report.AnnualReportDrafts;
import org.huizong.report.UnitTablesExporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The drafts of the annual reports of every unit, county and the city; counts the drafts written. */
@Component
@JobScope
class DraftReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DraftReportTasklet.class);

    private final RunContext run;
    private final AnnualReportDrafts drafts;

    DraftReportTasklet(RunContext run, AnnualReportDrafts drafts) {
        this.run = run;
        this.drafts = drafts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        AnnualReportDrafts.Drafted drafted = drafts.export(run);
        contribution.incrementWriteCount(drafted.units() + drafted.counties() + (drafted.city() ? 1L : 0L));
        log.info(
                "year {}: annual report drafts of {} units, {} counties{} in {}; {} units and counties without one, listed in {}",
                run.period(),
                drafted.units(),
                drafted.counties(),
                drafted.city() ? " and the city" : "",
                run.periodOutput().resolve(UnitTablesExporter.FOLDER),
                drafted.skipped(),
                AnnualReportDrafts.SKIPPED);
        return RepeatStatus.FINISHED;
    }
}
