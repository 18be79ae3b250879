package org.huizong.submission;

import java.util.List;
import org.huizong.validation.FindingMessages;
import org.huizong.validation.Rule;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county's return of a unit's file and its undoing. The return is an R-RETURN finding (ERROR) carrying the reason and
 * who returned it, so the status, derived from the findings here as at every run, is RETURNED now and at every later run
 * until the return is undone.
 */
public final class FileReturns {

    private final FindingStore findings;
    private final FileStatuses statuses;
    private final FindingMessages messages = new FindingMessages();

    public FileReturns(JdbcClient jdbc, NamedParameterJdbcTemplate batch, FindingStore findings) {
        this.findings = findings;
        this.statuses = new FileStatuses(jdbc, new ReceivedFileStore(jdbc, batch));
    }

    /** Returns the file to its unit to be corrected: it leaves the consolidation at the next run. */
    public void returnToUnit(long fileId, String reason, String by) {
        findings.addReturn(fileId, messages.format("finding." + Rule.R_RETURN.id(), reason, by));
        statuses.refresh(fileId);
    }

    /** Undoes the file's return: it stands again as its other findings say. */
    public void undoReturn(long fileId) {
        findings.remove(FindingSource.RETURN, List.of(fileId));
        statuses.refresh(fileId);
    }
}
