package org.huizong.submission;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model of one unit's files of a period, for the portal: its versions with their findings counted, its
 * current version, what each version changed, and the file a portal upload became. Only the submission writes them.
 */
public final class UnitFiles {

    /** A file of a unit, with its findings counted; {@code path} relative to the period's input folder. */
    public record UnitFile(
            long id,
            Integer version,
            LocalDateTime receivedAt,
            SubmissionStatus status,
            boolean current,
            String path,
            long errors,
            long warnings) {}

    /** A file received, as its unit's version (null when it is none) and with its status. */
    public record Received(long id, Integer version, SubmissionStatus status) {}

    /** A value a version changed: null on a side where the item was blank. */
    public record VersionChange(String item, BigDecimal oldValue, BigDecimal newValue) {}

    private final JdbcClient jdbc;

    public UnitFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit's current version of the period, if it has one. */
    public Optional<SubmittedFiles.CurrentFile> currentOf(String period, String uscc) {
        return jdbc.sql(SubmittedFiles.CURRENT + " AND unit_uscc = :uscc")
                .param("period", period)
                .param("uscc", uscc)
                .query((rs, n) -> SubmittedFiles.currentFile(rs))
                .optional();
    }

    /** Whether the file was sent by the unit. */
    public boolean isFrom(long fileId, String uscc) {
        return jdbc.sql("SELECT COUNT(*) FROM received_file WHERE id = :file AND unit_uscc = :uscc")
                        .param("file", fileId)
                        .param("uscc", uscc)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** What a version changed against the unit's previous one, by item code. */
    public List<VersionChange> changes(long fileId) {
        return jdbc.sql("SELECT item, old_value, new_value FROM version_change WHERE file_id = :id ORDER BY item")
                .param("id", fileId)
                .query((rs, n) -> new VersionChange(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .list();
    }

    /** The unit's files of the period, newest first, with their findings counted. */
    public List<UnitFile> ofUnit(String uscc, String period) {
        return jdbc.sql("""
                SELECT f.id, f.version, f.received_at, f.status, f.is_current, f.relative_path,
                       (SELECT COUNT(*) FROM finding x WHERE x.file_id = f.id AND x.severity IN ('ERROR', 'REJECT')) AS errors,
                       (SELECT COUNT(*) FROM finding x WHERE x.file_id = f.id AND x.severity = 'WARNING') AS warnings
                FROM received_file f WHERE f.unit_uscc = :uscc AND f.period = :period
                ORDER BY f.received_at DESC, f.id DESC
                """)
                .param("uscc", uscc)
                .param("period", period)
                .query((rs, n) -> new UnitFile(
                        rs.getLong("id"),
                        (Integer) rs.getObject("version"),
                        rs.getTimestamp("received_at").toLocalDateTime(),
                        SubmissionStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("is_current"),
                        rs.getString("relative_path"),
                        rs.getLong("errors"),
                        rs.getLong("warnings")))
                .list();
    }

    /** The files of the period received from this path with these very bytes. */
    public List<Received> byContent(String period, String relativePath, String sha256) {
        return jdbc.sql("""
                SELECT id, version, status FROM received_file WHERE period = :period AND relative_path = :path AND sha256 = :sha
                """)
                .param("period", period)
                .param("path", relativePath)
                .param("sha", sha256)
                .query((rs, n) -> new Received(
                        rs.getLong(1), (Integer) rs.getObject(2), SubmissionStatus.valueOf(rs.getString(3))))
                .list();
    }

    /** The unit name a file was stored under. */
    public Optional<String> unitNameOf(long fileId) {
        return jdbc.sql("SELECT unit_name FROM received_file WHERE id = :id")
                .param("id", fileId)
                .query(String.class)
                .optional();
    }
}
