package org.huizong.monthly;

import java.io.IOException;
import java.util.List;
import org.huizong.period.RunContext;
import org.huizong.report.SummaryExporter;
import org.huizong.system.JobStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The summary workbook, left as it is while the figures it is made from are as when it was written; counts it when written. */
@Component
@JobScope
class SummaryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SummaryTasklet.class);

    private final RunContext run;
    private final SummaryExporter summary;

    SummaryTasklet(RunContext run, SummaryExporter summary) {
        this.run = run;
        this.summary = summary;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        boolean written = FiguresOutputs.writeUnlessStanding(
                contribution, run, JobStep.SUMMARY, List.of(SummaryExporter.FILE), () -> {
                    summary.export(run);
                    log.info(
                            "period {}: {} written",
                            run.period(),
                            run.periodOutput().resolve(SummaryExporter.FILE));
                });
        contribution.incrementWriteCount(written ? 1 : 0);
        return RepeatStatus.FINISHED;
    }
}
