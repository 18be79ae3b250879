package org.huizong.portal.bureau;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huizong.form.FormDescriptor;
import org.huizong.form.PlainNumber;
import org.huizong.portal.FindingRow;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.bureau.UnitRecords.Change;
import org.huizong.portal.bureau.UnitRecords.Returned;
import org.huizong.portal.bureau.UnitRecords.Upload;
import org.huizong.portal.bureau.UnitRecords.Version;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One unit's files, findings, uploads and returns for a period. Every query names the unit: callers pass the unit the
 * user is bound to or may see, so an id of another unit's file finds nothing.
 */
public final class UnitQueries {

    private final JdbcClient jdbc;

    public UnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Version> versions(String uscc, String period) {
        return jdbc.sql("""
                SELECT f.id, f.version, f.received_at, f.status, f.is_current,
                       (SELECT MIN(u.original_name) FROM portal_upload u WHERE u.period = f.period AND u.relative_path = f.relative_path) AS upload_name,
                       (SELECT COUNT(*) FROM finding x WHERE x.file_id = f.id AND x.severity IN ('ERROR', 'REJECT')) AS errors,
                       (SELECT COUNT(*) FROM finding x WHERE x.file_id = f.id AND x.severity = 'WARNING') AS warnings
                FROM received_file f WHERE f.unit_uscc = :uscc AND f.period = :period
                ORDER BY f.received_at DESC, f.id DESC
                """)
                .param("uscc", uscc)
                .param("period", period)
                .query((rs, n) -> new Version(
                        rs.getLong("id"),
                        (Integer) rs.getObject("version"),
                        rs.getTimestamp("received_at").toLocalDateTime(),
                        rs.getString("status"),
                        rs.getBoolean("is_current"),
                        rs.getString("upload_name"),
                        rs.getInt("errors"),
                        rs.getInt("warnings")))
                .list();
    }

    public Optional<Version> version(String uscc, String period, long fileId) {
        return versions(uscc, period).stream().filter(v -> v.fileId() == fileId).findFirst();
    }

    public Optional<Version> current(String uscc, String period) {
        return versions(uscc, period).stream().filter(Version::current).findFirst();
    }

    /**
     * The findings of a file of the unit (none when the file is another unit's), each 说明 with the version it was carried
     * from: the latest earlier version of the unit that had the same 说明 for the same item.
     */
    public List<FindingRow> findings(String uscc, long fileId) {
        return jdbc.sql("""
                SELECT x.*,
                       (SELECT MAX(p.version) FROM received_file p JOIN file_justification j ON j.file_id = p.id
                        WHERE p.unit_uscc = f.unit_uscc AND p.period = f.period AND p.version < f.version AND j.rule = x.rule
                        AND j.sheet = x.sheet AND j.cell = x.cell AND j.justification = x.justification) AS carried_from
                FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE x.file_id = :file AND f.unit_uscc = :uscc
                ORDER BY CASE x.severity WHEN 'REJECT' THEN 0 WHEN 'ERROR' THEN 1 WHEN 'WARNING' THEN 2 ELSE 3 END, x.source, x.ordinal
                """)
                .param("file", fileId)
                .param("uscc", uscc)
                .query((rs, n) -> FindingRow.of(rs, true))
                .list();
    }

    /**
     * The findings of an upload's check, each warning with the 说明 it will carry over from the unit's current version if
     * it becomes the next version (the same warning on the same item was answered there).
     */
    public List<FindingRow> uploadFindingsCarrying(String uscc, String period, long uploadId) {
        Optional<Version> current = current(uscc, period);
        if (current.isEmpty() || current.get().version() == null) {
            return uploadFindings(uscc, uploadId);
        }
        Map<String, String> answered = new HashMap<>();
        findings(uscc, current.get().fileId()).stream()
                .filter(f -> f.isWarning() && f.justification() != null)
                .forEach(f -> answered.putIfAbsent(f.item(), f.justification()));
        return uploadFindings(uscc, uploadId).stream()
                .map(f -> f.isWarning() && answered.containsKey(f.item())
                        ? f.carrying(answered.get(f.item()), current.get().version())
                        : f)
                .toList();
    }

    public List<Change> changes(String uscc, long fileId, FormDescriptor form) {
        return jdbc.sql("""
                SELECT c.item, c.old_value, c.new_value FROM version_change c JOIN received_file f ON f.id = c.file_id
                WHERE c.file_id = :file AND f.unit_uscc = :uscc ORDER BY c.item
                """)
                .param("file", fileId)
                .param("uscc", uscc)
                .query((rs, n) -> {
                    var item = form.item(rs.getString(1));
                    return new Change(
                            rs.getString(1),
                            item.map(d -> d.sheet().name()).orElse(""),
                            item.map(d -> d.row().displayLabel()).orElse(""),
                            item.map(d -> d.column().displayLabel()).orElse(""),
                            rs.getBigDecimal(2) == null
                                    ? PortalMessages.get("bureau.noValue")
                                    : PlainNumber.format(rs.getBigDecimal(2)),
                            rs.getBigDecimal(3) == null
                                    ? PortalMessages.get("bureau.noValue")
                                    : PlainNumber.format(rs.getBigDecimal(3)));
                })
                .list();
    }

    public List<Upload> uploads(String uscc, String period) {
        return jdbc.sql("""
                SELECT u.id, u.uploaded_at, u.original_name, u.status, u.uploaded_by, u.stage, u.submitted_at,
                       (SELECT COUNT(*) FROM portal_upload_finding x WHERE x.upload_id = u.id AND x.severity IN ('ERROR', 'REJECT')) AS errors,
                       (SELECT COUNT(*) FROM portal_upload_finding x WHERE x.upload_id = u.id AND x.severity = 'WARNING') AS warnings,
                       (SELECT COUNT(*) FROM inbox_file i WHERE i.period = u.period AND i.relative_path = u.relative_path) AS taken,
                       f.id AS file_id, f.version, f.status AS file_status, u.note AS message
                FROM portal_upload u
                LEFT JOIN received_file f ON f.period = u.period AND f.relative_path = u.relative_path AND f.sha256 = u.sha256
                WHERE u.unit_uscc = :uscc AND u.period = :period
                ORDER BY u.id DESC
                """)
                .param("uscc", uscc)
                .param("period", period)
                .query((rs, n) -> new Upload(
                        rs.getLong("id"),
                        rs.getTimestamp("uploaded_at").toLocalDateTime(),
                        rs.getString("original_name"),
                        rs.getString("status"),
                        rs.getString("uploaded_by"),
                        rs.getInt("errors"),
                        rs.getInt("warnings"),
                        rs.getString("stage"),
                        rs.getTimestamp("submitted_at") == null
                                ? null
                                : rs.getTimestamp("submitted_at").toLocalDateTime(),
                        rs.getInt("taken") > 0,
                        rs.getObject("file_id") == null ? null : rs.getLong("file_id"),
                        (Integer) rs.getObject("version"),
                        rs.getString("file_status"),
                        rs.getString("message")))
                .list();
    }

    public Optional<Upload> upload(String uscc, String period, long uploadId) {
        return uploads(uscc, period).stream().filter(u -> u.id() == uploadId).findFirst();
    }

    /** The findings of an upload's immediate check (none when the upload is another unit's). */
    public List<FindingRow> uploadFindings(String uscc, long uploadId) {
        return jdbc.sql("""
                SELECT x.* FROM portal_upload_finding x JOIN portal_upload u ON u.id = x.upload_id
                WHERE x.upload_id = :upload AND u.unit_uscc = :uscc
                ORDER BY CASE x.severity WHEN 'REJECT' THEN 0 WHEN 'ERROR' THEN 1 WHEN 'WARNING' THEN 2 ELSE 3 END, x.ordinal
                """)
                .param("upload", uploadId)
                .param("uscc", uscc)
                .query((rs, n) -> FindingRow.of(rs, false))
                .list();
    }

    /** The county's returns of the unit's versions, newest first; an undone return says by whom. */
    public List<Returned> returns(String uscc, String period) {
        return jdbc.sql("""
                SELECT r.file_id, f.version, r.reason, r.returned_by, r.returned_at, r.undone_by, r.undone_at FROM portal_return r
                JOIN received_file f ON f.id = r.file_id
                WHERE r.unit_uscc = :uscc AND r.period = :period ORDER BY r.id DESC
                """)
                .param("uscc", uscc)
                .param("period", period)
                .query((rs, n) -> new Returned(
                        rs.getLong(1),
                        (Integer) rs.getObject(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime(),
                        rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toLocalDateTime()))
                .list();
    }

    /** The unit name a received file was stored under (the feedback workbook is named after it). */
    public Optional<String> unitNameOf(long fileId) {
        return jdbc.sql("SELECT unit_name FROM received_file WHERE id = :id")
                .param("id", fileId)
                .query(String.class)
                .optional();
    }

    /** Uploads of all units submitted for the period and not yet ingested by a run (the office's page). */
    public long pendingUploads(String period) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM portal_upload u WHERE u.period = :period AND u.stage = 'SUBMITTED'
                AND NOT EXISTS (SELECT 1 FROM received_file f WHERE f.period = u.period AND f.relative_path = u.relative_path)
                """).param("period", period).query(Long.class).single();
    }

    /** Uploads of the unit submitted and not yet ingested by a run. */
    public int pendingUploads(String uscc, String period) {
        return (int) uploads(uscc, period).stream().filter(Upload::pending).count();
    }

    /** Uploads of the unit checked and held, neither submitted nor discarded. */
    public int heldUploads(String uscc, String period) {
        return (int) uploads(uscc, period).stream().filter(Upload::held).count();
    }
}
