package org.huizong.portal.bureau;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.huizong.form.ReportPeriod;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.output.SafeFileName;
import org.huizong.period.RunContext;
import org.huizong.portal.AuditLog;
import org.huizong.portal.Labels;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.PortalPeriods;
import org.huizong.portal.PortalProperties;
import org.huizong.portal.user.PortalUser;
import org.huizong.submission.FileArchive;
import org.huizong.submission.FileIntake;
import org.huizong.submission.ReceivedFileRepository;
import org.huizong.system.HuizongProperties;
import org.huizong.unit.Unit;
import org.huizong.validation.CheckedSubmission;
import org.huizong.validation.Finding;
import org.huizong.validation.SubmissionContext;
import org.huizong.validation.SubmissionStatus;

/**
 * A bureau's upload, checked at once by the ingestion's own reading and validation ({@link FileIntake}) so the bureau
 * sees its findings within seconds, then held for the bureau to submit or discard ({@link UploadSubmissions}): a check is
 * not a submission. Refused without being stored, the refusal audited: a file that is not a workbook by its content,
 * one the reader cannot open at all, the same bytes a run already received for the period, and any upload past the
 * unit's cap for the period. Not stored either: a workbook naming another unit, or one the check rejects (kept as a row
 * with its findings, so the bureau sees why). The same bytes uploaded again while held or submitted are not stored twice.
 */
public final class UploadCheck {

    private static final Set<String> WORKBOOKS = Set.of(".xlsx", ".xls");
    private static final Set<String> UNREADABLE = Set.of("F01", "F02");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The upload the bureau is shown next; {@code repeated} when it is an earlier upload of the same bytes. */
    public record Outcome(long uploadId, boolean repeated) {}

    private final PortalPeriods periods;
    private final PortalProperties portal;
    private final HuizongProperties settings;
    private final ReceivedFileRepository history;
    private final PortalUploads uploads;
    private final HeldUploads held;
    private final AuditLog audit;

    UploadCheck(
            PortalPeriods periods,
            PortalProperties portal,
            HuizongProperties settings,
            ReceivedFileRepository history,
            PortalUploads uploads,
            HeldUploads held,
            AuditLog audit) {
        this.periods = periods;
        this.portal = portal;
        this.settings = settings;
        this.history = history;
        this.uploads = uploads;
        this.held = held;
        this.audit = audit;
    }

    /** Checks the upload and holds it for the bureau's decision; {@link UploadRefused} says why it was not. */
    public Outcome upload(
            PortalUser user, Unit unit, ReportPeriod period, String originalName, long size, InputStream content)
            throws IOException {
        String name = originalName == null ? "" : originalName;
        String extension = extensionOf(name);
        if (!WORKBOOKS.contains(extension)) {
            throw refused(user, unit, period, name, PortalMessages.get("upload.notWorkbookName", name));
        }
        if (size <= 0) {
            throw refused(user, unit, period, name, PortalMessages.get("upload.empty"));
        }
        if (size > settings.ingest().maxFileBytes()) {
            throw refused(
                    user,
                    unit,
                    period,
                    name,
                    PortalMessages.get("upload.tooLarge", settings.ingest().maxFileBytes() / 1024 / 1024));
        }
        if (uploads.count(unit.uscc(), period.code()) >= portal.uploadsPerPeriod()) {
            throw refused(user, unit, period, name, PortalMessages.get("upload.cap", portal.uploadsPerPeriod()));
        }
        Path staging = Files.createDirectories(settings.dataDir().resolve("portal-uploads"))
                .resolve(UUID.randomUUID() + extension);
        try {
            Files.copy(content, staging, StandardCopyOption.REPLACE_EXISTING);
            if (!WorkbookSignature.isWorkbook(staging)) {
                throw refused(user, unit, period, name, PortalMessages.get("upload.notWorkbookContent", name));
            }
            String sha = FileArchive.sha256(staging);
            Optional<Long> same = uploads.sameContent(unit.uscc(), period.code(), sha);
            if (same.isPresent()) {
                audit.record(
                        user.username(),
                        AuditLog.UPLOAD,
                        target(unit, period),
                        PortalMessages.get("audit.uploadRepeated", name, same.get()));
                return new Outcome(same.get(), true);
            }
            if (uploads.received(period.code(), sha)) {
                throw refused(user, unit, period, name, PortalMessages.get("upload.alreadyReceived"));
            }
            return check(user, unit, period, name, extension, sha, size, staging);
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    private Outcome check(
            PortalUser user,
            Unit unit,
            ReportPeriod period,
            String name,
            String extension,
            String sha,
            long size,
            Path staging)
            throws IOException {
        RunContext run = periods.context(period);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        String relativePath = SafeFileName.of(unit.countyName()) + "/"
                + PortalMessages.get("bureau.upload.fileName", SafeFileName.of(unit.name()), now.format(STAMP))
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt()) + extension;
        CheckedSubmission checked = new FileIntake(
                        new SubmissionReader(
                                new WorkbookGridLoader(settings.ingest().limits())),
                        run.otherForms())
                .check(staging, new SubmissionContext(run.form(), period, run.directory(), relativePath, history));
        Optional<Finding> unreadable = checked.findings().stream()
                .filter(f -> UNREADABLE.contains(f.rule()))
                .findFirst();
        if (checked.status() == SubmissionStatus.REJECTED && unreadable.isPresent()) {
            throw refused(user, unit, period, name, unreadable.get().message());
        }
        if (checked.unit() != null && !checked.unit().uscc().equals(unit.uscc())) {
            String note = PortalMessages.get("upload.otherUnit", checked.unit().name(), unit.name());
            long id = uploads.insert(
                    new PortalUploads.NewUpload(
                            period.code(),
                            unit.uscc(),
                            relativePath,
                            name,
                            sha,
                            size,
                            now,
                            user.username(),
                            SubmissionStatus.REFUSED.name(),
                            PortalUploads.CLOSED,
                            note),
                    List.of());
            audit.record(
                    user.username(),
                    AuditLog.UPLOAD_REFUSED,
                    target(unit, period),
                    PortalMessages.get(
                            "audit.uploadOtherUnit", name, checked.unit().name()));
            return new Outcome(id, false);
        }
        boolean rejected = checked.status() == SubmissionStatus.REJECTED;
        long id = uploads.insert(
                new PortalUploads.NewUpload(
                        period.code(),
                        unit.uscc(),
                        relativePath,
                        name,
                        sha,
                        size,
                        now,
                        user.username(),
                        checked.status().name(),
                        rejected ? PortalUploads.CLOSED : PortalUploads.CHECKED,
                        null),
                checked.findings());
        if (!rejected) {
            try {
                held.hold(staging, period.code(), id, extension);
            } catch (IOException e) {
                uploads.move(id, PortalUploads.CHECKED, PortalUploads.DISCARDED, null, null);
                throw e;
            }
        }
        audit.record(
                user.username(),
                AuditLog.UPLOAD,
                target(unit, period),
                PortalMessages.get(
                        "audit.uploadChecked",
                        name,
                        id,
                        Labels.status(checked.status().name()),
                        checked.findings().size()));
        return new Outcome(id, false);
    }

    private UploadRefused refused(PortalUser user, Unit unit, ReportPeriod period, String name, String reason) {
        audit.record(
                user.username(),
                AuditLog.UPLOAD_REFUSED,
                target(unit, period),
                PortalMessages.get("audit.uploadRefused", name, reason));
        return new UploadRefused(reason);
    }

    static String target(Unit unit, ReportPeriod period) {
        return period.code() + " " + unit.name();
    }

    /** The extension of a file name, the only part of the user's file name that is used. */
    static String extensionOf(String name) {
        String text = name == null ? "" : name;
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot).toLowerCase(Locale.ROOT).strip();
    }
}
