package org.huizong.portal.bureau;

import org.huizong.portal.AuditLog;
import org.huizong.portal.LeasedWrite;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.user.PortalUser;
import org.huizong.submission.FileFindings;
import org.huizong.submission.FindingStore;
import org.huizong.unit.Unit;
import org.huizong.validation.Finding;
import org.huizong.validation.Severity;
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

    private final FileFindings fileFindings;
    private final FindingStore findings;
    private final LeasedWrite writes;
    private final AuditLog audit;

    public WarningAnswers(JdbcClient jdbc, FindingStore findings, LeasedWrite writes, AuditLog audit) {
        this.fileFindings = new FileFindings(jdbc);
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
        Finding answered = writes.run(period, user.username(), () -> {
            Finding target = fileFindings
                    .onCurrentVersion(findingId, period, user.unitUscc())
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, PortalMessages.get("justification.noFinding")));
            if (target.severity() != Severity.WARNING) {
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
