package org.huizong.portal.county;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.huizong.portal.AuditLog;
import org.huizong.portal.LeasedWrite;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.user.PortalUser;
import org.huizong.submission.FileReturns;
import org.huizong.submission.SubmittedFiles;
import org.huizong.submission.UnitFiles;
import org.huizong.unit.Unit;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * A county coordinator returns a unit's current version with a reason, once confirmed, through the submission's
 * {@link FileReturns}: the file is RETURNED now and at every later run, so it leaves the consolidation at the next job run
 * and its feedback workbook and findings.csv carry the reason; the bureau sees it on its page at once. A return made by
 * mistake is undone the same way back, and the return stays on record ({@code portal_return}) as undone.
 */
public final class SubmissionReturns {

    public static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final FileReturns files;
    private final UnitFiles unitFiles;
    private final LeasedWrite writes;
    private final AuditLog audit;

    public SubmissionReturns(JdbcClient jdbc, FileReturns files, LeasedWrite writes, AuditLog audit) {
        this.jdbc = jdbc;
        this.files = files;
        this.unitFiles = new UnitFiles(jdbc);
        this.writes = writes;
        this.audit = audit;
    }

    /** {@code unit} must be one the user may see (see {@link CountyUnits#visibleUnit}). */
    public void returnCurrent(PortalUser user, Unit unit, String period, String reason, boolean confirmed) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, PortalMessages.get("return.reason", MAX_REASON));
        }
        if (!confirmed) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, PortalMessages.get("return.confirm"));
        }
        int version = writes.run(period, user.username(), () -> {
            SubmittedFiles.CurrentFile current = unitFiles
                    .currentOf(period, unit.uscc())
                    .filter(file -> file.status().isCounted())
                    .orElseThrow(() ->
                            new ResponseStatusException(HttpStatus.CONFLICT, PortalMessages.get("return.nothing")));
            files.returnToUnit(current.id(), text, user.displayName());
            jdbc.sql("""
                    INSERT INTO portal_return (file_id, period, unit_uscc, reason, returned_by, returned_at)
                    VALUES (:file, :period, :uscc, :reason, :by, :at)
                    """)
                    .param("file", current.id())
                    .param("period", period)
                    .param("uscc", unit.uscc())
                    .param("reason", text)
                    .param("by", user.displayName())
                    .param("at", Timestamp.valueOf(LocalDateTime.now()))
                    .update();
            return current.version() == null ? 0 : current.version();
        });
        audit.record(
                user.username(),
                AuditLog.RETURN,
                period + " " + unit.name(),
                PortalMessages.get("audit.returned", version, text));
    }

    /** Undoes the return of the unit's current version: it stands again as its other findings say. */
    public void undo(PortalUser user, Unit unit, String period) {
        int version = writes.run(period, user.username(), () -> {
            SubmittedFiles.CurrentFile returned = unitFiles
                    .currentOf(period, unit.uscc())
                    .filter(file -> returnStands(file.id()))
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.CONFLICT, PortalMessages.get("return.nothingToUndo")));
            files.undoReturn(returned.id());
            jdbc.sql(
                            "UPDATE portal_return SET undone_at = :at, undone_by = :by WHERE file_id = :id AND undone_at IS NULL")
                    .param("at", Timestamp.valueOf(LocalDateTime.now()))
                    .param("by", user.displayName())
                    .param("id", returned.id())
                    .update();
            return returned.version() == null ? 0 : returned.version();
        });
        audit.record(
                user.username(),
                AuditLog.RETURN_UNDONE,
                period + " " + unit.name(),
                PortalMessages.get("audit.returnUndone", version));
    }

    /** Whether the file's return was not undone. */
    private boolean returnStands(long fileId) {
        return jdbc.sql("SELECT COUNT(*) FROM portal_return WHERE file_id = :id AND undone_at IS NULL")
                        .param("id", fileId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
