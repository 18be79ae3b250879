package org.huizong.submission;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huizong.validation.Finding;
import org.huizong.validation.Severity;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Derives a received file's status again from all its findings, after steps that add findings of their own. */
final class FileStatuses {

    private final JdbcClient jdbc;
    private final ReceivedFileStore files;

    FileStatuses(JdbcClient jdbc, ReceivedFileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /**
     * The files of a period holding findings of a step's rules ({@code ruleCondition} on the column {@code rule}, with
     * its parameters), read before the step replaces them: with the files it finds anew, the ones whose status may
     * change. The other files' statuses stand.
     */
    Set<Long> holdingFindings(String period, String ruleCondition, Map<String, ?> parameters) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT file_id FROM finding WHERE " + ruleCondition
                        + " AND file_id IN (SELECT id FROM received_file WHERE period = :period)")
                .params(parameters)
                .param("period", period)
                .query(Long.class)
                .list());
    }

    void refresh(long fileId) {
        List<Finding> findings = jdbc.sql("SELECT rule, severity FROM finding WHERE file_id = :id")
                .param("id", fileId)
                .query((rs, n) ->
                        new Finding(rs.getString(1), Severity.valueOf(rs.getString(2)), "", "", "", "", null, null, ""))
                .list();
        files.judge(fileId, SubmissionStatus.of(findings));
    }
}
