package org.huizong.monthly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.huizong.period.RunContext;
import org.huizong.report.ReportExporter;
import org.huizong.system.JobStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The summary and comparison reports, left as they are while the figures they are made from are as when they were written; counts the files written. */
@Component
@JobScope
class ReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final RunContext run;
    private final ReportExporter reports;

    ReportTasklet(RunContext run, ReportExporter reports) {
        this.run = run;
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        List<Path> written = new ArrayList<>();
        FiguresOutputs.writeUnlessStanding(contribution, run, JobStep.REPORT, ReportExporter.FILES, () -> {
            written.addAll(reports.export(run));
            log.info("period {}: reports written: {}", run.period(), written);
        });
        contribution.incrementWriteCount(written.size());
        return RepeatStatus.FINISHED;
    }
}
