package org.huizong.portal.county;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.huizong.portal.AuditLog;
import org.huizong.portal.LeasedWrite;
import org.huizong.portal.user.PortalUser;
import org.huizong.unit.Unit;
import org.huizong.validation.FindingMessages;
import org.huizong.validation.Rule;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * A county coordinator returns a unit's current version with a reason: an R-RETURN finding (ERROR) on the file makes it
 * RETURNED now and at every later run (statuses are derived from findings), so it leaves the consolidation at the next
 * job run and its feedback workbook and findings.csv carry the reason; the bureau sees it on its page at once.
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
    public void returnCurrent(PortalUser user, Unit unit, String period, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "请写明退回原因（最多 " + MAX_REASON + " 字）。");
        }
        long fileId = writes.run(period, user.username(), () -> {
            Long id = jdbc.sql("""
                    SELECT id FROM received_file WHERE period = :period AND unit_uscc = :uscc AND is_current = TRUE
                    AND status IN ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')
                    """).param("period", period).param("uscc", unit.uscc()).query(Long.class).optional()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "该单位本期没有可退回的已接收版本。"));
            int ordinal = ORDINAL_BASE + jdbc.sql("SELECT COUNT(*) FROM finding WHERE file_id = :id AND rule = :rule")
                    .param("id", id).param("rule", Rule.R_RETURN.id()).query(Integer.class).single();
            jdbc.sql("""
                    INSERT INTO finding (file_id, ordinal, rule, severity, sheet, cell, row_label, col_label, message)
                    VALUES (:file, :ordinal, :rule, :severity, '', '', '', '', :message)
                    """).param("file", id).param("ordinal", ordinal).param("rule", Rule.R_RETURN.id())
                    .param("severity", Rule.R_RETURN.severity().name())
                    .param("message", messages.format("finding." + Rule.R_RETURN.id(), text, user.displayName())).update();
            jdbc.sql("UPDATE received_file SET status = 'RETURNED' WHERE id = :id").param("id", id).update();
            jdbc.sql("""
                    INSERT INTO portal_return (file_id, period, unit_uscc, reason, returned_by, returned_at)
                    VALUES (:file, :period, :uscc, :reason, :by, :at)
                    """).param("file", id).param("period", period).param("uscc", unit.uscc()).param("reason", text)
                    .param("by", user.displayName()).param("at", Timestamp.valueOf(LocalDateTime.now())).update();
            return id;
        });
        audit.record(user.username(), AuditLog.RETURN, period + " " + unit.uscc(), "file " + fileId + "：" + text);
    }
}
