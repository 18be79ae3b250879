package org.huizong.portal.bureau;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huizong.submission.InboxContents;
import org.huizong.validation.Finding;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The only writer of {@code portal_upload} and {@code portal_upload_finding}: an upload with the findings of its check,
 * and its stage (CHECKED → SUBMITTED ⇄ CHECKED, CHECKED → DISCARDED; CLOSED when the check refused it).
 */
final class PortalUploads {

    static final String CHECKED = "CHECKED";
    static final String SUBMITTED = "SUBMITTED";
    static final String DISCARDED = "DISCARDED";
    static final String CLOSED = "CLOSED";

    /** An upload as stored, for the writes that move it on. */
    record Stored(long id, String period, String unitUscc, String relativePath, String stage, String status) {

        String extension() {
            return UploadCheck.extensionOf(relativePath);
        }
    }

    /** What a new upload row holds. */
    record NewUpload(
            String period,
            String unitUscc,
            String relativePath,
            String originalName,
            String sha256,
            long size,
            LocalDateTime at,
            String by,
            String status,
            String stage,
            String note) {}

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    private final InboxContents inbox;

    PortalUploads(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.inbox = new InboxContents(jdbc);
    }

    long insert(NewUpload upload, List<Finding> findings) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO portal_upload (period, unit_uscc, relative_path, original_name, sha256, size_bytes, uploaded_at, uploaded_by,
                    status, stage, note)
                VALUES (:period, :uscc, :path, :name, :sha, :size, :at, :by, :status, :stage, :note)
                """)
                .param("period", upload.period())
                .param("uscc", upload.unitUscc())
                .param("path", upload.relativePath())
                .param("name", cut(upload.originalName(), 300))
                .param("sha", upload.sha256())
                .param("size", upload.size())
                .param("at", Timestamp.valueOf(upload.at()))
                .param("by", upload.by())
                .param("status", upload.status())
                .param("stage", upload.stage())
                .param("note", cut(upload.note(), 1000))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            rows.add(new MapSqlParameterSource()
                    .addValue("upload", id)
                    .addValue("ordinal", i)
                    .addValue("rule", f.rule())
                    .addValue("severity", f.severity().name())
                    .addValue("sheet", cut(f.sheet(), 100))
                    .addValue("cell", cut(f.cell(), 12))
                    .addValue("row", cut(f.rowLabel(), 300))
                    .addValue("col", cut(f.columnLabel(), 300))
                    .addValue("left", f.left())
                    .addValue("right", f.right())
                    .addValue("message", cut(f.message(), 2000)));
        }
        batch.batchUpdate("""
                INSERT INTO portal_upload_finding (upload_id, ordinal, rule, severity, sheet, cell, row_label, col_label, left_value, right_value, message)
                VALUES (:upload, :ordinal, :rule, :severity, :sheet, :cell, :row, :col, :left, :right, :message)
                """, rows.toArray(SqlParameterSource[]::new));
        return id;
    }

    /** How many uploads the unit has had checked for the period (whatever became of them). */
    int count(String uscc, String period) {
        return jdbc.sql("SELECT COUNT(*) FROM portal_upload WHERE unit_uscc = :uscc AND period = :period")
                .param("uscc", uscc)
                .param("period", period)
                .query(Integer.class)
                .single();
    }

    /** The unit's held or submitted upload of the period with these very bytes, if any. */
    Optional<Long> sameContent(String uscc, String period, String sha256) {
        return jdbc.sql("""
                SELECT MAX(id) FROM portal_upload WHERE unit_uscc = :uscc AND period = :period AND sha256 = :sha AND stage IN ('CHECKED', 'SUBMITTED')
                """)
                .param("uscc", uscc)
                .param("period", period)
                .param("sha", sha256)
                .query(Long.class)
                .optional();
    }

    /** Whether a run already received these very bytes for the period (under any name). */
    boolean received(String period, String sha256) {
        return inbox.holdsContent(period, sha256);
    }

    /** Whether a run has taken the submitted file into its inbox (it can no longer be withdrawn). */
    boolean taken(String period, String relativePath) {
        return inbox.holds(period, relativePath);
    }

    Optional<Stored> find(String uscc, String period, long id) {
        return jdbc.sql("""
                SELECT id, period, unit_uscc, relative_path, stage, status FROM portal_upload WHERE id = :id AND unit_uscc = :uscc AND period = :period
                """)
                .param("id", id)
                .param("uscc", uscc)
                .param("period", period)
                .query((rs, n) -> new Stored(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .optional();
    }

    /** Moves the upload from one stage to the next; false when it was no longer in {@code from} (another request won). */
    boolean move(long id, String from, String to, LocalDateTime submittedAt, String submittedBy) {
        return jdbc.sql("""
                UPDATE portal_upload SET stage = :to, submitted_at = :at, submitted_by = :by WHERE id = :id AND stage = :from
                """)
                        .param("to", to)
                        .param("at", submittedAt == null ? null : Timestamp.valueOf(submittedAt))
                        .param("by", submittedBy)
                        .param("id", id)
                        .param("from", from)
                        .update()
                == 1;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
