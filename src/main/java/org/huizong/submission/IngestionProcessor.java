package org.huizong.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.huizong.form.read.SubmissionReader;
import org.huizong.system.RunContext;
import org.huizong.validation.CheckedSubmission;
import org.huizong.validation.SubmissionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Archives, reads and validates one inbox file ({@link FileIntake}); a duplicate is recorded as such (its unit is
 * set once all files are stored, see {@link VersionAssigner}). Whatever is wrong with the file, even its removal
 * before it could be read, becomes a finding; only a broken system (the disk failed) is an exception.
 */
public final class IngestionProcessor implements ItemProcessor<Long, IngestedFile> {

    private static final Logger log = LoggerFactory.getLogger(IngestionProcessor.class);

    private final RunContext run;
    private final InboxRepository inbox;
    private final ReceivedFileRepository receivedFiles;
    private final FileArchive archive;
    private final FileIntake intake;

    private final IngestionProgress progress;

    public IngestionProcessor(RunContext run, InboxRepository inbox, ReceivedFileRepository receivedFiles, FileArchive archive,
                              SubmissionReader reader, IngestionProgress progress) {
        this.progress = progress;
        this.run = run;
        this.inbox = inbox;
        this.receivedFiles = receivedFiles;
        this.archive = archive;
        this.intake = new FileIntake(reader, run.otherForms());
    }

    @Override
    public IngestedFile process(Long inboxId) {
        long start = System.nanoTime();
        try {
            return ingest(inboxId);
        } finally {
            progress.timeRead(System.nanoTime() - start);
        }
    }

    private IngestedFile ingest(Long inboxId) {
        InboxFile file = inbox.load(inboxId);
        if (file.duplicateOf() != null) {
            return new IngestedFile(file, run.form().code(), null, null, FileStatus.DUPLICATE, null, null, Map.of(),
                    List.of(intake.validator().duplicateOf(file.duplicateOf())), List.of(), Map.of());
        }
        Path path = run.periodInput().resolve(file.relativePath());
        if (!java.nio.file.Files.isRegularFile(path)) {
            log.warn("{}: gone before it could be read", file.relativePath());
            return new IngestedFile(file, run.form().code(), null, null, FileStatus.REJECTED, null, null, Map.of(),
                    List.of(intake.validator().vanished()), List.of(), Map.of());
        }
        try {
            archive.store(path, file.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + path, e);
        }
        SubmissionContext context = new SubmissionContext(run.form(), run.period(), run.directory(), file.relativePath(), receivedFiles);
        CheckedSubmission checked = intake.check(path, context);
        IngestedFile ingested = new IngestedFile(file, run.form().code(),
                checked.unit() == null ? null : checked.unit().uscc(), checked.unit() == null ? null : checked.unit().name(),
                FileStatus.of(checked.status()), checked.contactPerson(), checked.contactPhone(), checked.values(), checked.findings(),
                checked.justifications(), checked.locations());
        log.info("{}: {} {} ({} findings)", file.relativePath(), ingested.status(),
                ingested.unitName() == null ? "(unit unknown)" : ingested.unitName(), ingested.findings().size());
        return ingested;
    }

}
