package org.huizong.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model of what the units of a period sent, for the features above: each unit's current version and where
 * it read an item, its last refused file, its contact, the tally of each file's findings and the files that get
 * feedback. One unit's files are {@link UnitFiles}. Only the submission writes the files it reads.
 */
public final class SubmittedFiles {

    /** A unit's current version. */
    public record CurrentFile(
            long id, String formCode, Integer version, SubmissionStatus status, LocalDateTime receivedAt) {}

    /** A unit's refused files of a period: the last one's id, and the latest time one was received. */
    public record Refused(long lastFileId, LocalDateTime lastReceivedAt) {}

    /** The contact person and telephone a workbook named; empty when it named none. */
    public record Contact(String person, String phone) {}

    /**
     * One file a unit sent that is not a copy of another: whether it is the unit's current version and whether its
     * first, whether it was given a version, and its findings by kind.
     */
    public record FileTally(
            String uscc,
            boolean current,
            boolean first,
            boolean versioned,
            long errors,
            long warnings,
            long unjustifiedWarnings) {}

    /**
     * A file that gets feedback; {@code version} is null for a refused one, {@code county} for a unit not in the
     * directory.
     */
    public record LatestFile(
            long id,
            String path,
            String sha,
            String unitName,
            String county,
            Integer version,
            SubmissionStatus status,
            LocalDateTime receivedAt) {}

    /** A unit's current version and where it read an item. */
    public record ItemSource(long fileId, Integer version, SubmissionStatus status, String sheet, String cell) {}

    static final String CURRENT = """
            SELECT unit_uscc, id, form_code, version, status, received_at FROM received_file
            WHERE period = :period AND is_current = TRUE""";

    private final JdbcClient jdbc;

    public SubmittedFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By USCC, the current version of every unit of the period that has one. */
    public Map<String, CurrentFile> current(String period) {
        Map<String, CurrentFile> files = new HashMap<>();
        jdbc.sql(CURRENT + " AND unit_uscc IS NOT NULL").param("period", period).query(rs -> {
            files.put(rs.getString(1), currentFile(rs));
        });
        return files;
    }

    /**
     * By USCC, each unit's current version of the period with the sheet and cell it read the item from (both null when
     * the workbook had no place for it).
     */
    public Map<String, ItemSource> currentSources(String period, String item) {
        Map<String, ItemSource> sources = new HashMap<>();
        jdbc.sql("""
                SELECT f.unit_uscc, f.id, f.version, f.status, l.sheet, l.cell FROM received_file f
                LEFT JOIN cell_layout l ON l.layout = f.cell_layout AND l.item = :item
                WHERE f.period = :period AND f.is_current = TRUE AND f.unit_uscc IS NOT NULL
                """).param("period", period).param("item", item).query(rs -> {
            sources.put(
                    rs.getString(1),
                    new ItemSource(
                            rs.getLong(2),
                            (Integer) rs.getObject(3),
                            SubmissionStatus.valueOf(rs.getString(4)),
                            rs.getString(5),
                            rs.getString(6)));
        });
        return sources;
    }

    /** By USCC, each unit's last refused file of the period and when it last sent a file that was refused. */
    public Map<String, Refused> refused(String period) {
        Map<String, Refused> refused = new HashMap<>();
        jdbc.sql("""
                SELECT unit_uscc, MAX(id), MAX(received_at) FROM received_file
                WHERE period = :period AND status = :rejected AND unit_uscc IS NOT NULL GROUP BY unit_uscc
                """)
                .param("period", period)
                .param("rejected", SubmissionStatus.REJECTED.name())
                .query(rs -> {
                    refused.put(
                            rs.getString(1),
                            new Refused(rs.getLong(2), rs.getTimestamp(3).toLocalDateTime()));
                });
        return refused;
    }

    /** For each unit of the period, the contact of its last workbook that named one, in any period. */
    public Map<String, Contact> contacts(String period) {
        Map<String, Contact> contacts = new HashMap<>();
        jdbc.sql("""
                SELECT r.unit_uscc, r.contact_person, r.contact_phone FROM received_file r
                JOIN period_unit u ON u.uscc = r.unit_uscc AND u.period = :period
                WHERE (r.contact_person IS NOT NULL AND r.contact_person <> '') OR (r.contact_phone IS NOT NULL AND r.contact_phone <> '')
                ORDER BY r.received_at DESC, r.id DESC
                """).param("period", period).query(rs -> {
            contacts.putIfAbsent(rs.getString(1), new Contact(nonNull(rs.getString(2)), nonNull(rs.getString(3))));
        });
        return contacts;
    }

    /** The files of the period that named their unit, copies of another left out, with their findings counted. */
    public List<FileTally> tallies(String period) {
        return jdbc.sql("""
                SELECT f.unit_uscc, f.is_current,
                       f.id = (SELECT e.id FROM received_file e
                               WHERE e.period = f.period AND e.unit_uscc = f.unit_uscc AND e.status <> :duplicate
                               ORDER BY e.received_at, e.id FETCH FIRST 1 ROWS ONLY) AS is_first,
                       f.version,
                       (SELECT COUNT(*) FROM finding x WHERE x.file_id = f.id AND x.severity IN ('ERROR', 'REJECT')) AS errors,
                       (SELECT COUNT(*) FROM finding x WHERE x.file_id = f.id AND x.severity = 'WARNING') AS warnings,
                       (SELECT COUNT(*) FROM finding x WHERE x.file_id = f.id AND x.severity = 'WARNING'
                                                          AND x.justification IS NULL) AS unjustified
                FROM received_file f
                WHERE f.period = :period AND f.unit_uscc IS NOT NULL AND f.status <> :duplicate
                """)
                .param("period", period)
                .param("duplicate", SubmissionStatus.DUPLICATE.name())
                .query((rs, n) -> {
                    rs.getInt("version");
                    boolean versioned = !rs.wasNull();
                    return new FileTally(
                            rs.getString("unit_uscc"),
                            rs.getBoolean("is_current"),
                            rs.getBoolean("is_first"),
                            versioned,
                            rs.getLong("errors"),
                            rs.getLong("warnings"),
                            rs.getLong("unjustified"));
                })
                .list();
    }

    /**
     * The files of the period that get feedback, in the order received: each unit's current version, and the last file
     * refused of a unit (or of an unidentified path) that nothing taken later replaced. Only those of partition
     * {@code partition} of {@code partitions} (their id modulo them), with the county null for a unit not in the
     * directory.
     */
    public List<LatestFile> latest(String period, int partition, int partitions) {
        return jdbc.sql("""
                SELECT f.id, f.relative_path, f.sha256, f.unit_name, u.county_name, f.version, f.status, f.received_at
                FROM received_file f LEFT JOIN period_unit u ON u.period = f.period AND u.uscc = f.unit_uscc
                WHERE f.period = :period AND MOD(f.id, :partitions) = :partition AND (f.is_current = TRUE OR f.status = :rejected AND f.id = (
                      SELECT MAX(r.id) FROM received_file r WHERE r.period = f.period AND r.status = :rejected
                      AND (r.unit_uscc = f.unit_uscc OR r.unit_uscc IS NULL AND f.unit_uscc IS NULL AND r.relative_path = f.relative_path))
                      AND NOT EXISTS (SELECT 1 FROM received_file c WHERE c.period = f.period AND c.unit_uscc = f.unit_uscc
                                      AND c.is_current = TRUE AND c.received_at > f.received_at))
                ORDER BY f.id
                """)
                .param("period", period)
                .param("rejected", SubmissionStatus.REJECTED.name())
                .param("partitions", partitions)
                .param("partition", partition)
                .query((rs, n) -> new LatestFile(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        (Integer) rs.getObject(6),
                        SubmissionStatus.valueOf(rs.getString(7)),
                        rs.getTimestamp(8).toLocalDateTime()))
                .list();
    }

    /** The paths, relative to the period's input folder, of every file received for the period. */
    public Set<String> paths(String period) {
        return new HashSet<>(jdbc.sql("SELECT relative_path FROM received_file WHERE period = :period")
                .param("period", period)
                .query(String.class)
                .list());
    }

    static CurrentFile currentFile(ResultSet rs) throws SQLException {
        Timestamp received = rs.getTimestamp(6);
        return new CurrentFile(
                rs.getLong(2),
                rs.getString(3),
                (Integer) rs.getObject(4),
                SubmissionStatus.valueOf(rs.getString(5)),
                received == null ? null : received.toLocalDateTime());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
