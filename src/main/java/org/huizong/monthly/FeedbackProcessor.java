package org.huizong.monthly;

import org.huizong.period.RunContext;
import org.huizong.report.FeedbackExporter;
import org.huizong.report.FeedbackExporter.FeedbackFile;
import org.huizong.report.FeedbackExporter.FeedbackWorkbook;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.stereotype.Component;

/** Composes a unit's feedback workbook; one written before from the same content is filtered out, left as it is. */
@Component
@JobScope
class FeedbackProcessor implements ItemProcessor<FeedbackFile, FeedbackWorkbook> {

    private final RunContext run;
    private final FeedbackExporter feedback;

    FeedbackProcessor(RunContext run, FeedbackExporter feedback) {
        this.run = run;
        this.feedback = feedback;
    }

    @Override
    public FeedbackWorkbook process(FeedbackFile file) {
        return feedback.compose(run, file).orElse(null);
    }
}
