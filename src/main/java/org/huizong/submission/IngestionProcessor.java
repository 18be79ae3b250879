package org.huizong.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.huizong.form.read.SubmissionReader;
import org.huizong.period.RunContext;
import org.huizong.validation.CheckedSubmission;
import org.huizong.validation.SubmissionContext;
import org.huizong.validation.SubmissionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Archives, reads and validates one inbox file ({@link FileIntake}); a file with the bytes of an earlier file of the
 * same unit is recorded as a duplicate (its unit is set once all files are stored, see {@link VersionAssigner}). Whatever is wrong with the file, even its removal
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

    public IngestionProcessor(
            RunContext run,
            InboxRepository inbox,
            ReceivedFileRepository receivedFiles,
            FileArchive archive,
            SubmissionReader reader,
            IngestionProgress progress) {
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
        Path path = run.periodInput().resolve(file.relativePath());
        if (!java.nio.file.Files.isRegularFile(path)) {
            log.warn("{}: gone before it could be read", file.relativePath());
            return new IngestedFile(
                    file,
                    run.form().code(),
                    null,
                    null,
                    SubmissionStatus.REJECTED,
                    null,
                    null,
                    Map.of(),
                    List.of(intake.validator().vanished()),
                    List.of(),
                    Map.of());
        }
        CheckedSubmission checked = check(file, path);
        if (file.duplicateOf() != null && sameUnit(checked, file.duplicateOf())) {
            return new IngestedFile(
                    file,
                    run.form().code(),
                    null,
                    null,
                    SubmissionStatus.DUPLICATE,
                    null,
                    null,
                    Map.of(),
                    List.of(intake.validator().duplicateOf(file.duplicateOf())),
                    List.of(),
                    Map.of());
        }
        try {
            archive.store(path, file.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + path, e);
        }
        IngestedFile ingested = new IngestedFile(
                file,
                run.form().code(),
                checked.unit() == null ? null : checked.unit().uscc(),
                checked.unit() == null ? null : checked.unit().name(),
                checked.status(),
                checked.contactPerson(),
                checked.contactPhone(),
                checked.values(),
                checked.findings(),
                checked.justifications(),
                checked.locations());
        log.info(
                "{}: {} {} ({} findings)",
                file.relativePath(),
                ingested.status(),
                ingested.unitName() == null ? "(unit unknown)" : ingested.unitName(),
                ingested.findings().size());
        return ingested;
    }

    private CheckedSubmission check(InboxFile file, Path path) {
        return intake.check(path, context(file.relativePath()));
    }

    private SubmissionContext context(String relativePath) {
        return new SubmissionContext(run.form(), run.period(), run.directory(), relativePath, receivedFiles);
    }

    /**
     * Whether a file with the bytes of an earlier one is that unit's again (a duplicate, F09): the same bytes from two
     * units are two units' submissions, which the cross-unit rules look at. The earlier file is read again to know
     * its unit, since it may be under way in this very run; if it is gone, the bytes say the same unit.
     * {@code earlierFile} is named {@code period/path}, as F09 names it.
     */
    private boolean sameUnit(CheckedSubmission checked, String earlierFile) {
        Path earlier = run.periodInput().resolveSibling(earlierFile); // named as period/path
        if (!java.nio.file.Files.isRegularFile(earlier)) {
            return true;
        }
        String relativePath = run.periodInput().relativize(earlier).toString().replace('\\', '/');
        CheckedSubmission first = intake.check(earlier, context(relativePath));
        String unit = checked.unit() == null ? null : checked.unit().uscc();
        String firstUnit = first.unit() == null ? null : first.unit().uscc();
        return java.util.Objects.equals(unit, firstUnit);
    }
}
