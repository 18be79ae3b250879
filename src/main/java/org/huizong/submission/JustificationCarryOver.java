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

    public JustificationCarryOver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Carries the period's 说明 forward; returns how many warnings of later versions took one. */
    public int carry(String period) {
        int latest = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM received_file WHERE period = :period").param("period", period)
                .query(Integer.class).single();
        int answered = 0;
        for (int version = 2; version <= latest; version++) {
            jdbc.sql("""
                    INSERT INTO file_justification (file_id, rule, sheet, cell, justification)
                    SELECT n.id, x.rule, x.sheet, x.cell, MIN(x.justification)
                    FROM received_file n
                    JOIN received_file p ON p.period = n.period AND p.unit_uscc = n.unit_uscc AND p.version = n.version - 1
                    JOIN finding x ON x.file_id = p.id AND x.severity = 'WARNING' AND x.justification IS NOT NULL
                    WHERE n.period = :period AND n.version = :version
                    AND NOT EXISTS (SELECT 1 FROM file_justification j WHERE j.file_id = n.id AND j.rule = x.rule AND j.sheet = x.sheet
                                    AND j.cell = x.cell)
                    GROUP BY n.id, x.rule, x.sheet, x.cell
                    """).param("period", period).param("version", version).update();
            answered += jdbc.sql("""
                    UPDATE finding SET justification = (SELECT MIN(j.justification) FROM file_justification j WHERE j.file_id = finding.file_id
                                                        AND j.rule = finding.rule AND j.sheet = finding.sheet AND j.cell = finding.cell)
                    WHERE severity = 'WARNING' AND justification IS NULL
                    AND file_id IN (SELECT id FROM received_file WHERE period = :period AND version = :version)
                    AND EXISTS (SELECT 1 FROM file_justification j WHERE j.file_id = finding.file_id AND j.rule = finding.rule
                                AND j.sheet = finding.sheet AND j.cell = finding.cell)
                    """).param("period", period).param("version", version).update();
        }
        return answered;
    }
}
