package org.huizong.portal.bureau;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.huizong.form.ReportPeriod;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.portal.AuditLog;
import org.huizong.portal.PortalPeriods;
import org.huizong.portal.PortalProperties;
import org.huizong.portal.user.PortalUser;
import org.huizong.report.SafeFileName;
import org.huizong.submission.FileArchive;
import org.huizong.submission.FileIntake;
import org.huizong.submission.ReceivedFileRepository;
import org.huizong.system.HuizongProperties;
import org.huizong.system.RunContext;
import org.huizong.unit.Unit;
import org.huizong.validation.CheckedSubmission;
import org.huizong.validation.Finding;
import org.huizong.validation.SubmissionContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A bureau's upload: checked at once by the ingestion's own reading and validation ({@link FileIntake}) so the bureau
 * sees its findings within seconds, then saved under a generated name in {@code input/<period>/<county>/} where the
 * next monthly job takes it as any submitted file (its received time is the upload time). The user's file name is
 * kept for display only. A workbook that names another unit is refused and not saved: a bureau submits for itself.
 */
public final class UploadCheck {

    private static final Set<String> WORKBOOKS = Set.of(".xlsx", ".xls");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final PortalPeriods periods;
    private final PortalProperties folders;
    private final HuizongProperties settings;
    private final ReceivedFileRepository history;
    private final AuditLog audit;

    public UploadCheck(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PortalPeriods periods, PortalProperties folders,
                       HuizongProperties settings, ReceivedFileRepository history, AuditLog audit) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.periods = periods;
        this.folders = folders;
        this.settings = settings;
        this.history = history;
        this.audit = audit;
    }

    /** Something about the upload itself (not its content) that stops it; the message is for the bureau. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** Checks and saves the upload; returns its id (also for an upload refused for naming another unit). */
    public long upload(PortalUser user, Unit unit, ReportPeriod period, String originalName, long size, InputStream content)
            throws IOException {
        String extension = extensionOf(originalName);
        if (!WORKBOOKS.contains(extension)) {
            throw new Refused("只接受 Excel 工作簿（.xlsx 或 .xls），“" + originalName + "”不是。");
        }
        if (size <= 0) {
            throw new Refused("文件是空的。");
        }
        if (size > settings.ingest().maxFileBytes()) {
            throw new Refused("文件超过 " + settings.ingest().maxFileBytes() / 1024 / 1024 + " MB，请删去多余的工作表或图片后再上传。");
        }
        RunContext run = periods.context(period);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        String relativePath = SafeFileName.of(unit.countyName()) + "/" + SafeFileName.of(unit.name()) + "_门户上传_" + now.format(STAMP) + "_"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt()) + extension;
        Path staging = Files.createDirectories(settings.dataDir().resolve("portal-uploads")).resolve(UUID.randomUUID() + extension);
        try {
            Files.copy(content, staging, StandardCopyOption.REPLACE_EXISTING);
            String sha = FileArchive.sha256(staging);
            CheckedSubmission checked = new FileIntake(new SubmissionReader(new WorkbookGridLoader(settings.ingest().limits())), run.otherForms())
                    .check(staging, new SubmissionContext(run.form(), period, run.directory(), relativePath, history));
            if (checked.unit() != null && !checked.unit().uscc().equals(unit.uscc())) {
                String note = "工作簿填写的单位是“" + checked.unit().name() + "”，不是本单位（" + unit.name() + "），文件未保存。请下载本单位的模板填写。";
                long id = store(user, unit, period, relativePath, originalName, sha, size, now, "REFUSED", note, List.of());
                audit.record(user.username(), AuditLog.UPLOAD, period.code() + " " + unit.uscc(), "refused: names " + checked.unit().uscc());
                return id;
            }
            Path target = folders.input().resolve(period.code()).resolve(relativePath);
            Files.createDirectories(target.getParent());
            move(staging, target);
            Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(now.atZone(java.time.ZoneId.systemDefault()).toInstant()));
            long id = store(user, unit, period, relativePath, originalName, sha, size, now, checked.status().name(), duplicateNote(period, sha),
                    checked.findings());
            audit.record(user.username(), AuditLog.UPLOAD, period.code() + " " + unit.uscc(),
                    originalName + " → " + relativePath + "（" + checked.status() + "，" + checked.findings().size() + " 条）");
            return id;
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    /** The same bytes were received for the period already: the job will record this file as a duplicate (F09). */
    private String duplicateNote(ReportPeriod period, String sha) {
        long same = jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM inbox_file WHERE period = :period AND sha256 = :sha)
                     + (SELECT COUNT(*) FROM portal_upload WHERE period = :period AND sha256 = :sha AND status <> 'REFUSED')
                """).param("period", period.code()).param("sha", sha).query(Long.class).single();
        return same == 0 ? null : "这份文件与本期已收到的文件内容完全相同：入库时将记为重复文件（F09），不会成为新版本。";
    }

    private long store(PortalUser user, Unit unit, ReportPeriod period, String relativePath, String originalName, String sha, long size,
                       LocalDateTime at, String status, String note, List<Finding> findings) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO portal_upload (period, unit_uscc, relative_path, original_name, sha256, size_bytes, uploaded_at, uploaded_by, status, note)
                VALUES (:period, :uscc, :path, :name, :sha, :size, :at, :by, :status, :note)
                """).param("period", period.code()).param("uscc", unit.uscc()).param("path", relativePath)
                .param("name", cut(originalName, 300)).param("sha", sha).param("size", size).param("at", Timestamp.valueOf(at))
                .param("by", user.username()).param("status", status).param("note", note).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            rows.add(new MapSqlParameterSource().addValue("upload", id).addValue("ordinal", i).addValue("rule", f.rule())
                    .addValue("severity", f.severity().name()).addValue("sheet", cut(f.sheet(), 100)).addValue("cell", cut(f.cell(), 12))
                    .addValue("row", cut(f.rowLabel(), 300)).addValue("col", cut(f.columnLabel(), 300)).addValue("left", f.left())
                    .addValue("right", f.right()).addValue("message", cut(f.message(), 2000)));
        }
        batch.batchUpdate("""
                INSERT INTO portal_upload_finding (upload_id, ordinal, rule, severity, sheet, cell, row_label, col_label, left_value, right_value, message)
                VALUES (:upload, :ordinal, :rule, :severity, :sheet, :cell, :row, :col, :left, :right, :message)
                """, rows.toArray(SqlParameterSource[]::new));
        return id;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherDisk) {
            Path partial = to.resolveSibling(to.getFileName() + ".part");
            Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The extension of the user's file name, the only part of it that is used. */
    static String extensionOf(String name) {
        String text = name == null ? "" : name;
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot).toLowerCase(Locale.ROOT).strip();
    }

    private static String cut(String text, int length) {
        String value = text == null ? "" : text;
        return value.length() <= length ? value : value.substring(0, length);
    }
}
