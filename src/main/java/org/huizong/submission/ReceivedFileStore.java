package org.huizong.submission;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The one writer of {@code received_file}: a file received, the cells its values were read from, its place among its
 * unit's versions, the fingerprint of its values and its status. The other features read files through
 * {@link SubmittedFiles} and {@link UnitFiles}.
 */
final class ReceivedFileStore {

    /** A file's number among its unit's versions of the period, and whether it is the latest. */
    record Numbered(long fileId, int version, boolean current) {}

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ReceivedFileStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Records a file as read and judged; returns its id. */
    long receive(IngestedFile file, LocalDateTime ingestedAt) {
        InboxFile inbox = file.inbox();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO received_file (inbox_id, period, form_code, relative_path, sha256, size_bytes, received_at,
                    unit_uscc, unit_name, status, contact_person, contact_phone, ingested_at)
                VALUES (:inbox, :period, :form, :path, :sha, :size, :received, :uscc, :name, :status, :person, :phone, :ingested)
                """)
                .param("inbox", inbox.id())
                .param("period", inbox.period())
                .param("form", file.formCode())
                .param("path", inbox.relativePath())
                .param("sha", inbox.sha256())
                .param("size", inbox.sizeBytes())
                .param("received", Timestamp.valueOf(inbox.receivedAt()))
                .param("uscc", file.unitUscc())
                .param("name", file.unitName())
                .param("status", file.status().name())
                .param("person", truncate(file.contactPerson(), 100))
                .param("phone", truncate(file.contactPhone(), 100))
                .param("ingested", Timestamp.valueOf(ingestedAt))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Records the cell layout the file's values were read from. */
    void readFrom(long fileId, String layout) {
        jdbc.sql("UPDATE received_file SET cell_layout = :layout WHERE id = :file")
                .param("layout", layout)
                .param("file", fileId)
                .update();
    }

    /**
     * Numbers the period's versions afresh: no file is current but those {@code numbered} says, and a duplicate
     * belongs to the unit of the file whose bytes it repeats (the first received that is no duplicate).
     */
    void renumber(String period, List<Numbered> numbered) {
        jdbc.sql("UPDATE received_file SET is_current = FALSE WHERE period = :period")
                .param("period", period)
                .update();
        jdbc.sql("""
                UPDATE received_file SET
                    unit_uscc = (SELECT o.unit_uscc FROM received_file o WHERE o.period = received_file.period
                                 AND o.sha256 = received_file.sha256 AND o.status <> :duplicate ORDER BY o.inbox_id FETCH FIRST 1 ROWS ONLY),
                    unit_name = (SELECT o.unit_name FROM received_file o WHERE o.period = received_file.period
                                 AND o.sha256 = received_file.sha256 AND o.status <> :duplicate ORDER BY o.inbox_id FETCH FIRST 1 ROWS ONLY)
                WHERE period = :period AND status = :duplicate
                """)
                .param("period", period)
                .param("duplicate", SubmissionStatus.DUPLICATE.name())
                .update();
        batch.batchUpdate(
                "UPDATE received_file SET version = :version, is_current = :current WHERE id = :id",
                numbered.stream()
                        .map(n -> new MapSqlParameterSource()
                                .addValue("id", n.fileId())
                                .addValue("version", n.version())
                                .addValue("current", n.current()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Keeps the fingerprint of each file's values, by file id: its values never change. */
    void keepValueFingerprints(Map<Long, String> fingerprints) {
        batch.batchUpdate(
                "UPDATE received_file SET values_sha256 = :sha WHERE id = :id",
                fingerprints.entrySet().stream()
                        .map(e -> new MapSqlParameterSource()
                                .addValue("id", e.getKey())
                                .addValue("sha", e.getValue()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Sets the status its findings give the file; a duplicate stays one. */
    void judge(long fileId, SubmissionStatus status) {
        jdbc.sql(
                        "UPDATE received_file SET status = :status WHERE id = :id AND status <> :duplicate AND status <> :status")
                .param("status", status.name())
                .param("duplicate", SubmissionStatus.DUPLICATE.name())
                .param("id", fileId)
                .update();
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
