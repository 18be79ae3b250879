package org.huizong.monthly;

import java.io.IOException;
import org.huizong.period.RunContext;
import org.huizong.report.FeedbackExporter;
import org.huizong.report.FeedbackExporter.FeedbackWorkbook;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/** Writes a chunk of feedback workbooks, recording in the chunk's transaction what each was written from. */
@Component
@JobScope
class FeedbackItemWriter implements ItemWriter<FeedbackWorkbook> {

    private final RunContext run;
    private final FeedbackExporter feedback;

    FeedbackItemWriter(RunContext run, FeedbackExporter feedback) {
        this.run = run;
        this.feedback = feedback;
    }

    @Override
    public void write(Chunk<? extends FeedbackWorkbook> workbooks) throws IOException {
        for (FeedbackWorkbook workbook : workbooks) {
            feedback.write(run, workbook);
        }
    }
}
