package org.huizong.monthly;

import java.io.IOException;
import org.huizong.period.RunContext;
import org.huizong.report.PeriodCsvExporter;
import org.huizong.system.JobStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The CSV files: consolidated.csv, coverage.csv and completeness.csv (left as they are while the figures are as when they were written) and findings.csv; counts the files written. */
@Component
@JobScope
class CsvTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CsvTasklet.class);

    private final RunContext run;
    private final PeriodCsvExporter csv;

    CsvTasklet(RunContext run, PeriodCsvExporter csv) {
        this.run = run;
        this.csv = csv;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        log.info("period {}: writing the CSV files", run.period());
        boolean figures = FiguresOutputs.writeUnlessStanding(
                contribution, run, JobStep.CSV, PeriodCsvExporter.FIGURES_FILES, () -> csv.exportFigures(run));
        csv.exportFindings(run);
        contribution.incrementWriteCount((figures ? PeriodCsvExporter.FIGURES_FILES.size() : 0) + 1L);
        log.info("period {}: CSV files written to {}", run.period(), run.periodOutput());
        return RepeatStatus.FINISHED;
    }
}
