package org.huizong.submission;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bureau's 说明 carries over to its next version of the period while the same warning fires on the same item: the
 * same rule at the same sheet and cell (a file-level warning: the same rule). Each version takes the 说明 of the warnings
 * its previous version had answered, oldest version first so a 说明 travels through versions that arrive together: its
 * own warnings on those items take them at once, and the history and cross-unit rules, which run after, attach them from
 * {@code file_justification} as they attach any 说明. A warning that stops firing ends the carry; the version's own 说明
 * (from its 问题清单) are never replaced. Rerunnable: what a version has already is left as it is.
 */
public final class JustificationCarryOver {

    private final JdbcClient jdbc;
    private final FindingStore findings;

    public JustificationCarryOver(JdbcClient jdbc, FindingStore findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    /** Carries the period's 说明 forward; returns how many warnings of later versions took one. */
    public int carry(String period) {
        int latest = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM received_file WHERE period = :period")
                .param("period", period)
                .query(Integer.class)
                .single();
        int answered = 0;
        for (int version = 2; version <= latest; version++) {
            findings.keepPreviousAnswers(period, version);
            answered += findings.answerFromKept(period, version);
        }
        return answered;
    }
}
