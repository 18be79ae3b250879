package org.huizong.portal.county;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.huizong.portal.AuditLog;
import org.huizong.portal.LeasedWrite;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.user.PortalUser;
import org.huizong.unit.Unit;
import org.huizong.validation.Finding;
import org.huizong.validation.FindingMessages;
import org.huizong.validation.Rule;
import org.huizong.validation.Severity;
import org.huizong.validation.SubmissionStatus;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * A county coordinator returns a unit's current version with a reason, once confirmed: an R-RETURN finding (ERROR) on
 * the file makes it RETURNED now and at every later run (statuses are derived from findings), so it leaves the
 * consolidation at the next job run and its feedback workbook and findings.csv carry the reason; the bureau sees it on its
 * page at once. A return made by mistake is undone the same way back: the finding goes, the status is derived again from
 * the file's other findings, and the return stays on record as undone.
 */
public final class SubmissionReturns {

    public static final int MAX_REASON = 500;
    private static final int ORDINAL_BASE = 20_000;

    private final JdbcClient jdbc;
    private final LeasedWrite writes;
    private final AuditLog audit;
    private final FindingMessages messages = new FindingMessages();

    public SubmissionReturns(JdbcClient jdbc, LeasedWrite writes, AuditLog audit) {
        this.jdbc = jdbc;
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
            record Current(long id, Integer version) {
            }
            Current current = jdbc.sql("""
                    SELECT id, version FROM received_file WHERE period = :period AND unit_uscc = :uscc AND is_current = TRUE
                    AND status IN (:counted)
                    """).param("counted", SubmissionStatus.COUNTED).param("period", period).param("uscc", unit.uscc()).query((rs, n) -> new Current(rs.getLong(1), (Integer) rs.getObject(2)))
                    .optional().orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, PortalMessages.get("return.nothing")));
            int ordinal = ORDINAL_BASE + jdbc.sql("SELECT COUNT(*) FROM finding WHERE file_id = :id AND rule = :rule")
                    .param("id", current.id()).param("rule", Rule.R_RETURN.id()).query(Integer.class).single();
            jdbc.sql("""
                    INSERT INTO finding (file_id, ordinal, rule, severity, sheet, cell, row_label, col_label, message)
                    VALUES (:file, :ordinal, :rule, :severity, '', '', '', '', :message)
                    """).param("file", current.id()).param("ordinal", ordinal).param("rule", Rule.R_RETURN.id())
                    .param("severity", Rule.R_RETURN.severity().name())
                    .param("message", messages.format("finding." + Rule.R_RETURN.id(), text, user.displayName())).update();
            jdbc.sql("UPDATE received_file SET status = 'RETURNED' WHERE id = :id").param("id", current.id()).update();
            jdbc.sql("""
                    INSERT INTO portal_return (file_id, period, unit_uscc, reason, returned_by, returned_at)
                    VALUES (:file, :period, :uscc, :reason, :by, :at)
                    """).param("file", current.id()).param("period", period).param("uscc", unit.uscc()).param("reason", text)
                    .param("by", user.displayName()).param("at", Timestamp.valueOf(LocalDateTime.now())).update();
            return current.version() == null ? 0 : current.version();
        });
        audit.record(user.username(), AuditLog.RETURN, period + " " + unit.name(), PortalMessages.get("audit.returned", version, text));
    }

    /** Undoes the return of the unit's current version: it stands again as its other findings say. */
    public void undo(PortalUser user, Unit unit, String period) {
        int version = writes.run(period, user.username(), () -> {
            record Returned(long fileId, Integer version) {
            }
            Returned returned = jdbc.sql("""
                    SELECT f.id, f.version FROM received_file f WHERE f.period = :period AND f.unit_uscc = :uscc AND f.is_current = TRUE
                    AND EXISTS (SELECT 1 FROM portal_return r WHERE r.file_id = f.id AND r.undone_at IS NULL)
                    """).param("period", period).param("uscc", unit.uscc()).query((rs, n) -> new Returned(rs.getLong(1), (Integer) rs.getObject(2)))
                    .optional().orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, PortalMessages.get("return.nothingToUndo")));
            jdbc.sql("DELETE FROM finding WHERE file_id = :id AND rule = :rule").param("id", returned.fileId()).param("rule", Rule.R_RETURN.id())
                    .update();
            List<Finding> rest = jdbc.sql("SELECT rule, severity FROM finding WHERE file_id = :id").param("id", returned.fileId())
                    .query((rs, n) -> new Finding(rs.getString(1), Severity.valueOf(rs.getString(2)), "", "", "", "", null, null, "")).list();
            jdbc.sql("UPDATE received_file SET status = :status WHERE id = :id").param("status", SubmissionStatus.of(rest).name())
                    .param("id", returned.fileId()).update();
            jdbc.sql("UPDATE portal_return SET undone_at = :at, undone_by = :by WHERE file_id = :id AND undone_at IS NULL")
                    .param("at", Timestamp.valueOf(LocalDateTime.now())).param("by", user.displayName()).param("id", returned.fileId()).update();
            return returned.version() == null ? 0 : returned.version();
        });
        audit.record(user.username(), AuditLog.RETURN_UNDONE, period + " " + unit.name(), PortalMessages.get("audit.returnUndone", version));
    }
}
