package org.huizong.monthly;

import java.io.IOException;
import org.huizong.period.RunContext;
import org.huizong.report.ValidationReportExporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The validation report (校验报告.xlsx). */
@Component
@JobScope
class ValidationReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ValidationReportTasklet.class);

    private final RunContext run;
    private final ValidationReportExporter validationReport;

    ValidationReportTasklet(RunContext run, ValidationReportExporter validationReport) {
        this.run = run;
        this.validationReport = validationReport;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        validationReport.export(run);
        contribution.incrementWriteCount(1);
        log.info("period {}: {} written", run.period(), run.periodOutput().resolve(ValidationReportExporter.FILE));
        return RepeatStatus.FINISHED;
    }
}
