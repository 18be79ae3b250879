package org.huizong.portal.bureau;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.huizong.form.ReportPeriod;
import org.huizong.portal.AuditLog;
import org.huizong.portal.LeasedWrite;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.PortalProperties;
import org.huizong.portal.bureau.UnitRecords.Standing;
import org.huizong.portal.bureau.UnitRecords.Upload;
import org.huizong.portal.user.PortalUser;
import org.huizong.unit.Unit;
import org.huizong.validation.SubmissionStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a bureau does with a checked upload, as a direct-reporting system's 审核/上报: submit it (提交: it is written to
 * {@code input/<period>/}, where the next run takes it as the unit's latest submission, its received time the time of
 * submission), discard it, or withdraw a submission no run has taken yet (it goes back to the holding area). A
 * submission that would take an accepted version out of the consolidation, or make an in-time unit late, is made only
 * once the bureau confirms it has read what will happen.
 */
public final class UploadSubmissions {

    private final PortalUploads uploads;
    private final UnitQueries queries;
    private final HeldUploads held;
    private final PortalProperties folders;
    private final LeasedWrite writes;
    private final AuditLog audit;
    private final Clock clock;

    UploadSubmissions(
            PortalUploads uploads,
            UnitQueries queries,
            HeldUploads held,
            PortalProperties folders,
            LeasedWrite writes,
            AuditLog audit,
            Clock clock) {
        this.uploads = uploads;
        this.queries = queries;
        this.held = held;
        this.folders = folders;
        this.writes = writes;
        this.audit = audit;
        this.clock = clock;
    }

    /** What submitting the held upload would do now. */
    public SubmitConsequences consequences(Standing standing, Upload upload) {
        String uscc = standing.unit().uscc();
        String period = standing.period().code();
        int otherPending = (int) queries.uploads(uscc, period).stream()
                .filter(u -> u.pending() && u.id() != upload.id())
                .count();
        return SubmitConsequences.of(
                upload,
                queries.current(uscc, period).orElse(null),
                standing.deadline(),
                LocalDate.now(clock),
                otherPending);
    }

    /** Submits a held upload; {@code confirmed}: the bureau ticked that it read the consequences that need it. */
    public void submit(PortalUser user, Standing standing, long uploadId, boolean confirmed) {
        Unit unit = standing.unit();
        ReportPeriod period = standing.period();
        Upload upload = held(unit, period, uploadId);
        if (SubmissionStatus.valueOf(upload.status()) == SubmissionStatus.REJECTED
                || SubmissionStatus.valueOf(upload.status()) == SubmissionStatus.REFUSED) {
            throw new UploadRefused(PortalMessages.get("submit.notSubmittable"));
        }
        SubmitConsequences consequences = consequences(standing, upload);
        if (consequences.needsConfirmation() && !confirmed) {
            throw new UploadRefused(PortalMessages.get("submit.confirmFirst"));
        }
        PortalUploads.Stored stored = stored(unit, period, uploadId);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        if (!uploads.move(uploadId, PortalUploads.CHECKED, PortalUploads.SUBMITTED, now, user.username())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, PortalMessages.get("submit.notHeld"));
        }
        try {
            held.submit(period.code(), uploadId, stored.extension(), input(period, stored), now);
        } catch (IOException e) {
            uploads.move(uploadId, PortalUploads.SUBMITTED, PortalUploads.CHECKED, null, null);
            throw new UncheckedIOException("cannot submit upload " + uploadId + " to " + input(period, stored), e);
        }
        audit.record(
                user.username(),
                AuditLog.SUBMIT,
                UploadCheck.target(unit, period),
                PortalMessages.get(
                        "audit.submitted",
                        upload.originalName(),
                        uploadId,
                        upload.statusLabel(),
                        String.join(" ", consequences.notes())));
    }

    /**
     * Takes back a submission no run has taken yet: under the period's lease, so no run scans the folder meanwhile. A
     * run holding the period, or one that took the file already, is said so.
     */
    public void withdraw(PortalUser user, Unit unit, ReportPeriod period, long uploadId) {
        PortalUploads.Stored stored = stored(unit, period, uploadId);
        if (!PortalUploads.SUBMITTED.equals(stored.stage())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, PortalMessages.get("withdraw.notSubmitted"));
        }
        writes.run(period.code(), user.username(), () -> {
            if (uploads.taken(period.code(), stored.relativePath())) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, PortalMessages.get("withdraw.taken"));
            }
            if (!uploads.move(uploadId, PortalUploads.SUBMITTED, PortalUploads.CHECKED, null, null)) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, PortalMessages.get("withdraw.notSubmitted"));
            }
            try {
                held.withdraw(input(period, stored), period.code(), uploadId, stored.extension());
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot withdraw upload " + uploadId + " from " + input(period, stored), e);
            }
            return uploadId;
        });
        audit.record(
                user.username(),
                AuditLog.WITHDRAW,
                UploadCheck.target(unit, period),
                PortalMessages.get("audit.withdrawn", uploadId));
    }

    /** Discards a held upload: its file is deleted, its findings stay on record. */
    public void discard(PortalUser user, Unit unit, ReportPeriod period, long uploadId) {
        PortalUploads.Stored stored = stored(unit, period, uploadId);
        if (!uploads.move(uploadId, PortalUploads.CHECKED, PortalUploads.DISCARDED, null, null)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, PortalMessages.get("submit.notHeld"));
        }
        try {
            held.discard(period.code(), uploadId, stored.extension());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete held upload " + uploadId, e);
        }
        audit.record(
                user.username(),
                AuditLog.DISCARD,
                UploadCheck.target(unit, period),
                PortalMessages.get("audit.discarded", uploadId));
    }

    private Upload held(Unit unit, ReportPeriod period, long uploadId) {
        Upload upload = queries.upload(unit.uscc(), period.code(), uploadId).orElseThrow(UploadSubmissions::notFound);
        if (!upload.held()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, PortalMessages.get("submit.notHeld"));
        }
        return upload;
    }

    private PortalUploads.Stored stored(Unit unit, ReportPeriod period, long uploadId) {
        return uploads.find(unit.uscc(), period.code(), uploadId).orElseThrow(UploadSubmissions::notFound);
    }

    private Path input(ReportPeriod period, PortalUploads.Stored stored) {
        return folders.input().resolve(period.code()).resolve(stored.relativePath());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, PortalMessages.get("notFound"));
    }
}
