package org.huizong.portal.bureau;

import org.huizong.portal.AuditLog;
import org.huizong.portal.LeasedWrite;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.user.PortalUser;
import org.huizong.submission.FindingStore;
import org.huizong.unit.Unit;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * A bureau's 说明 for a warning of its current version, written on the portal instead of in the 问题清单 of a workbook
 * sent back, stored by {@link FindingStore#answer} so the job's history and cross-unit rules, which are recomputed at
 * each run, attach it again. findings.csv and the feedback workbook show it from the next run.
 */
public final class WarningAnswers {

    public static final int MAX_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final FindingStore findings;
    private final LeasedWrite writes;
    private final AuditLog audit;

    public WarningAnswers(JdbcClient jdbc, FindingStore findings, LeasedWrite writes, AuditLog audit) {
        this.jdbc = jdbc;
        this.findings = findings;
        this.writes = writes;
        this.audit = audit;
    }

    /** {@code unit}: the user's own, as the directory has it for the period. */
    public void answer(PortalUser user, Unit unit, String period, long findingId, String text) {
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty() || answer.length() > MAX_LENGTH) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, PortalMessages.get("justification.length", MAX_LENGTH));
        }
        record Target(long fileId, String rule, String severity, String sheet, String cell) {}
        Target answered = writes.run(period, user.username(), () -> {
            Target target = jdbc.sql("""
                    SELECT x.file_id, x.rule, x.severity, x.sheet, x.cell FROM finding x JOIN received_file f ON f.id = x.file_id
                    WHERE x.id = :id AND f.unit_uscc = :uscc AND f.period = :period AND f.is_current = TRUE
                    """)
                    .param("id", findingId)
                    .param("uscc", user.unitUscc())
                    .param("period", period)
                    .query((rs, n) -> new Target(
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                    .optional()
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, PortalMessages.get("justification.noFinding")));
            if (!"WARNING".equals(target.severity())) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, PortalMessages.get("justification.notWarning"));
            }
            findings.answer(findingId, answer);
            return target;
        });
        audit.record(
                user.username(),
                AuditLog.JUSTIFY,
                period + " " + unit.name(),
                PortalMessages.get("audit.justified", answered.rule(), answered.sheet() + answered.cell(), answer));
    }
}
