package org.huizong.monthly;

import org.huizong.report.FeedbackExporter;
import org.huizong.system.JobParameterNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One line per feedback step (or partition of it): how many workbooks it wrote, and how many it left as they were. */
final class FeedbackLog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(FeedbackLog.class);

    @Override
    public ExitStatus afterStep(StepExecution step) {
        log.info(
                "period {}: {} feedback workbooks written, {} left as they were, in {}/{}/{} ({})",
                step.getJobParameters().getString(JobParameterNames.PERIOD),
                step.getWriteCount(),
                step.getFilterCount(),
                step.getJobParameters().getString(JobParameterNames.OUTPUT),
                step.getJobParameters().getString(JobParameterNames.PERIOD),
                FeedbackExporter.FOLDER,
                step.getStepName());
        return step.getExitStatus();
    }
}
