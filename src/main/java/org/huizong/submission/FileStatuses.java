package org.huizong.submission;

import java.util.List;

import org.huizong.validation.Finding;
import org.huizong.validation.Severity;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Derives a received file's status again from all its findings, after steps that add findings of their own. */
final class FileStatuses {

    private final JdbcClient jdbc;

    FileStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void refresh(long fileId) {
        List<Finding> findings = jdbc.sql("SELECT rule, severity FROM finding WHERE file_id = :id").param("id", fileId)
                .query((rs, n) -> new Finding(rs.getString(1), Severity.valueOf(rs.getString(2)), "", "", "", "", null, null, "")).list();
        jdbc.sql("UPDATE received_file SET status = :status WHERE id = :id AND status <> 'DUPLICATE'")
                .param("status", SubmissionStatus.of(findings).name()).param("id", fileId).update();
    }
}
