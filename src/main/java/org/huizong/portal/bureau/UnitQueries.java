package org.huizong.portal.bureau;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huizong.form.FormDescriptor;
import org.huizong.form.PlainNumber;
import org.huizong.portal.FindingRow;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.bureau.UnitRecords.Change;
import org.huizong.portal.bureau.UnitRecords.Returned;
import org.huizong.portal.bureau.UnitRecords.Upload;
import org.huizong.portal.bureau.UnitRecords.Version;
import org.huizong.submission.FileFindings;
import org.huizong.submission.InboxContents;
import org.huizong.submission.SubmittedFiles;
import org.huizong.submission.UnitFiles;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One unit's files, findings, uploads and returns for a period. Every query names the unit: callers pass the unit the
 * user is bound to or may see, so an id of another unit's file finds nothing.
 */
public final class UnitQueries {

    private final JdbcClient jdbc;
    private final SubmittedFiles files;
    private final UnitFiles unitFiles;
    private final FileFindings findings;
    private final InboxContents inbox;

    public UnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.files = new SubmittedFiles(jdbc);
        this.unitFiles = new UnitFiles(jdbc);
        this.findings = new FileFindings(jdbc);
        this.inbox = new InboxContents(jdbc);
    }

    public List<Version> versions(String uscc, String period) {
        return unitFiles.ofUnit(uscc, period).stream()
                .map(f -> new Version(
                        f.id(),
                        f.version(),
                        f.receivedAt(),
                        f.status().name(),
                        f.current(),
                        uploadName(period, f.path()),
                        (int) f.errors(),
                        (int) f.warnings()))
                .toList();
    }

    /** The name the file had when it was uploaded on the portal, null when it was not. */
    private String uploadName(String period, String relativePath) {
        return jdbc.sql("SELECT MIN(original_name) FROM portal_upload WHERE period = :period AND relative_path = :path")
                .param("period", period)
                .param("path", relativePath)
                .query(String.class)
                .optional()
                .orElse(null);
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
        return findings.ofUnitFile(uscc, fileId).stream()
                .map(f -> FindingRow.of(f.id(), f.finding(), f.carriedFrom()))
                .toList();
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
        if (!unitFiles.isFrom(fileId, uscc)) {
            return List.of();
        }
        return unitFiles.changes(fileId).stream()
                .map(change -> {
                    var item = form.item(change.item());
                    return new Change(
                            change.item(),
                            item.map(d -> d.sheet().name()).orElse(""),
                            item.map(d -> d.row().displayLabel()).orElse(""),
                            item.map(d -> d.column().displayLabel()).orElse(""),
                            change.oldValue() == null
                                    ? PortalMessages.get("bureau.noValue")
                                    : PlainNumber.format(change.oldValue()),
                            change.newValue() == null
                                    ? PortalMessages.get("bureau.noValue")
                                    : PlainNumber.format(change.newValue()));
                })
                .toList();
    }

    /** The unit's uploads of the period, newest first, each with the file a run received of it, if any. */
    public List<Upload> uploads(String uscc, String period) {
        record Row(Upload upload, String path, String sha256) {}
        List<Row> rows = jdbc.sql("""
                SELECT u.id, u.uploaded_at, u.original_name, u.status, u.uploaded_by, u.stage, u.submitted_at,
                       (SELECT COUNT(*) FROM portal_upload_finding x WHERE x.upload_id = u.id AND x.severity IN ('ERROR', 'REJECT')) AS errors,
                       (SELECT COUNT(*) FROM portal_upload_finding x WHERE x.upload_id = u.id AND x.severity = 'WARNING') AS warnings,
                       u.relative_path, u.sha256, u.note AS message
                FROM portal_upload u
                WHERE u.unit_uscc = :uscc AND u.period = :period
                ORDER BY u.id DESC
                """)
                .param("uscc", uscc)
                .param("period", period)
                .query((rs, n) -> new Row(
                        new Upload(
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
                                false,
                                null,
                                null,
                                null,
                                rs.getString("message")),
                        rs.getString("relative_path"),
                        rs.getString("sha256")))
                .list();
        List<Upload> uploads = new ArrayList<>();
        for (Row row : rows) {
            boolean taken = inbox.holds(period, row.path());
            List<UnitFiles.Received> received = unitFiles.byContent(period, row.path(), row.sha256());
            if (received.isEmpty()) {
                uploads.add(row.upload().as(taken, null));
            }
            received.forEach(file -> uploads.add(row.upload().as(taken, file)));
        }
        return uploads;
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
                .query((rs, n) -> FindingRow.checked(rs))
                .list();
    }

    /** The county's returns of the unit's versions, newest first; an undone return says by whom. */
    public List<Returned> returns(String uscc, String period) {
        Map<Long, Integer> versions = new HashMap<>();
        unitFiles.ofUnit(uscc, period).forEach(f -> versions.put(f.id(), f.version()));
        return jdbc.sql("""
                SELECT r.file_id, r.reason, r.returned_by, r.returned_at, r.undone_by, r.undone_at FROM portal_return r
                WHERE r.unit_uscc = :uscc AND r.period = :period ORDER BY r.id DESC
                """)
                .param("uscc", uscc)
                .param("period", period)
                .query((rs, n) -> new Returned(
                        rs.getLong(1),
                        versions.get(rs.getLong(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(),
                        rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime()))
                .list();
    }

    /** The unit name a received file was stored under (the feedback workbook is named after it). */
    public Optional<String> unitNameOf(long fileId) {
        return unitFiles.unitNameOf(fileId);
    }

    /** Uploads of all units submitted for the period and not yet ingested by a run (the office's page). */
    public long pendingUploads(String period) {
        Set<String> received = files.paths(period);
        return jdbc
                .sql("SELECT relative_path FROM portal_upload WHERE period = :period AND stage = 'SUBMITTED'")
                .param("period", period)
                .query(String.class)
                .list()
                .stream()
                .filter(path -> !received.contains(path))
                .count();
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
