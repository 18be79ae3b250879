package org.huizong.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huizong.form.IssueList;
import org.huizong.form.PlainNumber;
import org.huizong.form.write.CellNote;
import org.huizong.form.write.FeedbackWorkbookWriter;
import org.huizong.form.write.SheetTable;
import org.huizong.output.SafeFileName;
import org.huizong.period.RunContext;
import org.huizong.submission.FileArchive;
import org.huizong.submission.FileFindings;
import org.huizong.submission.SubmittedFiles;
import org.huizong.submission.UnitFiles;
import org.huizong.text.Messages;
import org.huizong.validation.Finding;
import org.huizong.validation.FindingMessages;
import org.huizong.validation.Rule;
import org.huizong.validation.RuleDescriptions;
import org.huizong.validation.Severity;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feedback workbook of every unit that sent something, composed and written one file at a time (the feedback
 * step's processor and writer): its current version, marked up with its errors and
 * warnings, with the 问题清单 — the verdict on this version, what to do by the city's deadline, how to answer a warning,
 * then each problem in plain words (and the bureau's 说明) — and what this version changed, under
 * {@code output/<period>/反馈/<county>/<unit>_第N版_反馈.xlsx}. A refused file (the unit's last, when nothing it sent
 * later was taken) gets a workbook of its own, {@code <unit>_拒收_反馈.xlsx}, saying why. Notes on how values were
 * written (V04) are the office's: the bureau reads one line counting them. A workbook already there and written from the same
 * content is left as it is, so a rerun of the period writes only what changed; what each was written from is recorded
 * in the caller's transaction.
 */
public final class FeedbackExporter {

    public static final String FOLDER = Messages.text("report.feedback.folder");
    static final String CHANGES_SHEET = Messages.text("report.feedback.changes.sheet");
    static final List<String> CHANGES_HEADER =
            List.of(Messages.text("report.feedback.changes.header").split("\\|"));
    static final List<Integer> CHANGES_WIDTHS = List.of(8, 40, 24, 10, 10, 0);
    private static final FindingMessages TEXTS = new FindingMessages();

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FeedbackExporter.class);

    private final JdbcClient jdbc;
    private final SubmittedFiles files;
    private final FileFindings findings;
    private final FileArchive archive;
    private final FeedbackWorkbookWriter writer = new FeedbackWorkbookWriter();

    public FeedbackExporter(JdbcClient jdbc, FileArchive archive) {
        this.jdbc = jdbc;
        this.files = new SubmittedFiles(jdbc);
        this.findings = new FileFindings(jdbc);
        this.archive = archive;
    }

    /** A file a unit gets feedback on: its current version, or the last file it sent that was refused. */
    public record FeedbackFile(
            long id,
            String path,
            String sha,
            String unitName,
            String county,
            Integer version,
            String status,
            LocalDateTime receivedAt) {}

    /** A feedback workbook composed and not yet written: where it goes, what it says, and the content it is written from. */
    public record FeedbackWorkbook(
            FeedbackFile file, Path target, List<CellNote> notes, List<SheetTable> tables, String content) {

        boolean refused() {
            return SubmissionStatus.valueOf(file.status()) == SubmissionStatus.REJECTED;
        }
    }

    /** The files of partition {@code partition} of {@code partitions} that get feedback: those whose id is it modulo them. */
    public List<FeedbackFile> files(RunContext run, int partition, int partitions) {
        return files.latest(run.period().code(), partition, partitions).stream()
                .map(f -> new FeedbackFile(
                        f.id(),
                        f.path(),
                        f.sha(),
                        f.unitName(),
                        f.county() == null ? Messages.text("report.feedback.otherCounty") : f.county(),
                        f.version(),
                        f.status().name(),
                        f.receivedAt()))
                .toList();
    }

    /** The name, without its extension, of the feedback workbook of a unit's version (the portal finds it by it). */
    public static String versionStem(String safeUnitName, Integer version) {
        return Messages.text("report.feedback.file.version", safeUnitName, version);
    }

    /** The name of the 问题清单 written alone when a workbook could not be marked up, beside where it would have been. */
    public static String issueListName(String stem) {
        return Messages.text("report.feedback.file.list", stem);
    }

    /**
     * The file's feedback workbook, or empty when the one at its place was written from the same content and is still
     * there (a rerun of the period writes only what changed).
     */
    public Optional<FeedbackWorkbook> compose(RunContext run, FeedbackFile file) {
        boolean refused = SubmissionStatus.valueOf(file.status()) == SubmissionStatus.REJECTED;
        // an unidentified file is named by its whole path: two of them may share a name (报表.xlsx in two folders, a.xlsx
        // and a.xls)
        String unit = file.unitName() != null
                ? file.unitName()
                : Messages.text("report.feedback.unidentified.prefix")
                        + file.path().replace('\\', '/').replace('/', '_').replaceFirst("\\.([^.]*)$", "_$1");
        Path folder = run.periodOutput()
                .resolve(FOLDER)
                .resolve(SafeFileName.of(
                        file.unitName() == null
                                ? Messages.text("report.feedback.unidentified.folder")
                                : file.county()));
        Path target = refused
                ? folder.resolve(Messages.text("report.feedback.file.refused", SafeFileName.of(unit)))
                : folder.resolve(
                        versionStem(SafeFileName.of(unit), file.version()) + FileArchive.extensionOf(original(file)));
        List<CellNote> notes = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        int[] counts = new int[Severity.values().length];
        int[] normalised = {0};
        for (Finding finding : findings.of(file.id())) {
            Severity severity = finding.severity();
            String rule = finding.rule();
            counts[severity.ordinal()]++;
            if (Rule.V04.id().equals(rule)) {
                normalised[0]++;
            }
            if (severity == Severity.INFO) {
                continue;
            }
            notes.add(new CellNote(finding.sheet(), finding.cell(), level(severity), finding.message()));
            FindingSides sides = FindingSides.of(rule, finding.left(), finding.right());
            rows.add(List.of(
                    rows.size() + 1,
                    RuleDescriptions.of(rule),
                    severity.label(),
                    finding.sheet(),
                    finding.cell(),
                    finding.rowLabel(),
                    finding.columnLabel(),
                    sides.reported(),
                    sides.expected(),
                    sides.difference(),
                    finding.message(),
                    finding.justification() == null ? "" : finding.justification(),
                    rule));
        }
        if (rows.isEmpty()) {
            List<Object> none = new ArrayList<>(java.util.Collections.nCopies(IssueList.HEADER.size(), ""));
            none.set(IssueList.HEADER.indexOf(IssueList.EXPLANATION), TEXTS.format("feedback.none"));
            rows.add(none);
        }
        List<String> lines = FeedbackVerdict.lines(run, file, counts, normalised[0]);
        List<SheetTable> tables = new ArrayList<>();
        tables.add(new SheetTable(IssueList.SHEET, lines, IssueList.HEADER, rows, IssueList.WIDTHS));
        List<List<Object>> changes = refused ? List.of() : changes(file.id(), run);
        if (!changes.isEmpty()) {
            tables.add(new SheetTable(CHANGES_SHEET, List.of(), CHANGES_HEADER, changes, CHANGES_WIDTHS));
        }
        String content = FeedbackContent.sha256(file.sha(), notes, tables);
        if (content.equals(writtenFrom(run, key(run, target))) && Files.exists(target)) {
            return Optional.empty();
        }
        return Optional.of(new FeedbackWorkbook(file, target, notes, tables, content));
    }

    /**
     * Writes the workbook and records what it was written from. A workbook that cannot be marked up gets its 问题清单
     * beside it instead, and is not recorded, so the next run tries again.
     */
    public void write(RunContext run, FeedbackWorkbook workbook) throws IOException {
        Path target = workbook.target();
        Files.createDirectories(target.getParent());
        if (workbook.refused()) {
            writer.writeStandalone(workbook.tables(), target);
            remember(run, key(run, target), workbook.content());
            return;
        }
        try {
            writer.write(original(workbook.file()), workbook.notes(), workbook.tables(), target);
            remember(run, key(run, target), workbook.content());
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "{}: its workbook could not be marked up, the feedback lists its findings only",
                    workbook.file().path(),
                    e);
            writer.writeStandalone(
                    workbook.tables(),
                    target.resolveSibling(
                            issueListName(target.getFileName().toString().replaceFirst("\\.xlsx?$", ""))));
        }
    }

    private Path original(FeedbackFile file) {
        return archive.locate(file.sha(), FileArchive.extensionOf(Path.of(file.path())));
    }

    private static String key(RunContext run, Path target) {
        return run.periodOutput().relativize(target).toString();
    }

    /** The content the feedback workbook at {@code key} was last written from, or null. */
    private String writtenFrom(RunContext run, String key) {
        return jdbc.sql("SELECT content_sha FROM feedback_written WHERE period = :period AND target = :target")
                .param("period", run.period().code())
                .param("target", key)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private void remember(RunContext run, String key, String content) {
        jdbc.sql("DELETE FROM feedback_written WHERE period = :period AND target = :target")
                .param("period", run.period().code())
                .param("target", key)
                .update();
        jdbc.sql("INSERT INTO feedback_written (period, target, content_sha) VALUES (:period, :target, :content)")
                .param("period", run.period().code())
                .param("target", key)
                .param("content", content)
                .update();
    }

    /** What this version changed against the previous one, with the form's labels. */
    private List<List<Object>> changes(long fileId, RunContext run) {
        return new UnitFiles(jdbc)
                .changes(fileId).stream()
                        .map(change -> {
                            String item = change.item();
                            var descriptor = run.form().item(item);
                            return List.<Object>of(
                                    descriptor.map(d -> d.sheet().name()).orElse(""),
                                    descriptor.map(d -> d.row().displayLabel()).orElse(item),
                                    descriptor
                                            .map(d -> d.column().displayLabel())
                                            .orElse(""),
                                    change.oldValue() == null
                                            ? Messages.text("report.feedback.changes.none")
                                            : PlainNumber.format(change.oldValue()),
                                    change.newValue() == null
                                            ? Messages.text("report.feedback.changes.none")
                                            : PlainNumber.format(change.newValue()),
                                    item);
                        })
                        .toList();
    }

    private static CellNote.Level level(Severity severity) {
        return switch (severity) {
            case REJECT, ERROR -> CellNote.Level.BLOCKING;
            case WARNING -> CellNote.Level.WARNING;
            default -> CellNote.Level.NOTE;
        };
    }
}
