package org.huizong.monthly;

import java.io.IOException;
import org.huizong.consolidation.FormItemStore;
import org.huizong.period.RunContext;
import org.huizong.submission.InboxRepository;
import org.huizong.submission.InboxScanner;
import org.huizong.submission.IngestionProgress;
import org.huizong.unit.PeriodDirectoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Registers the period's form and directory, and lists the new files of {@code input/<period>/} in the inbox. */
@Component
@JobScope
class ScanTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ScanTasklet.class);

    private final RunContext run;
    private final InboxScanner scanner;
    private final InboxRepository inbox;
    private final PeriodDirectoryStore directoryStore;
    private final FormItemStore formItems;
    private final IngestionProgress progress;

    ScanTasklet(
            RunContext run,
            InboxScanner scanner,
            InboxRepository inbox,
            PeriodDirectoryStore directoryStore,
            FormItemStore formItems,
            IngestionProgress progress) {
        this.run = run;
        this.scanner = scanner;
        this.inbox = inbox;
        this.directoryStore = directoryStore;
        this.formItems = formItems;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        formItems.register(run.form());
        int units = directoryStore.snapshot(run.period(), run.directory());
        int added = scanner.scan(run.period().code(), run.periodInput());
        progress.reset(inbox.pending(run.period().code(), 0, 1));
        contribution.incrementWriteCount(added);
        log.info(
                "period {}: {} active units, {} new files, {} to ingest", run.period(), units, added, progress.total());
        return RepeatStatus.FINISHED;
    }
}
