package org.huizong.annual;

import java.io.IOException;
import org.huizong.period.RunContext;
import org.huizong.report.UnitTablesExporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Each unit's annual tables; counts the units whose tables were written. */
@Component
@JobScope
class UnitTablesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(UnitTablesTasklet.class);

    private final RunContext run;
    private final UnitTablesExporter tables;

    UnitTablesTasklet(RunContext run, UnitTablesExporter tables) {
        this.run = run;
        this.tables = tables;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        int units = tables.export(run);
        contribution.incrementWriteCount(units);
        log.info(
                "year {}: annual tables of {} units in {}",
                run.period(),
                units,
                run.periodOutput().resolve(UnitTablesExporter.FOLDER));
        return RepeatStatus.FINISHED;
    }
}
