package org.huizong.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.huizong.form.IssueList;
import org.huizong.form.PlainNumber;
import org.huizong.form.write.CellNote;
import org.huizong.form.write.FeedbackWorkbookWriter;
import org.huizong.form.write.SheetTable;
import org.huizong.submission.FileArchive;
import org.huizong.system.RunContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the feedback workbook of every unit that submitted: its current version, marked up with its findings, with
 * the 问题清单 (and the bureau's 说明) and what this version changed, under
 * {@code output/<period>/反馈/<county>/<unit>_第N版_反馈.xlsx}. A workbook already there and written from the same
 * content is left as it is, so a rerun of the period writes only what changed.
 */
public final class FeedbackExporter {

    public static final String FOLDER = "反馈";
    static final String CHANGES_SHEET = "本版修改";
    static final List<String> CHANGES_HEADER = List.of("项目代码", "表", "行", "列", "上一版", "本版");

    private final JdbcClient jdbc;
    private final FileArchive archive;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FeedbackExporter.class);

    private final FeedbackWorkbookWriter writer = new FeedbackWorkbookWriter();
    private final org.huizong.form.write.TableWorkbookWriter tableWriter = new org.huizong.form.write.TableWorkbookWriter();

    private final int workers;

    /** @param workers how many workbooks are written at once (one per core is right) */
    public FeedbackExporter(JdbcClient jdbc, FileArchive archive, int workers) {
        this.jdbc = jdbc;
        this.archive = archive;
        this.workers = Math.max(1, workers);
    }

    private record Current(long id, String path, String sha, String unitName, String county, int version) {
    }

    public int export(RunContext run) throws IOException {
        return export(run, 0, 1);
    }

    /** The feedback workbooks of partition {@code partition} of {@code partitions}: the current files whose id is it modulo them. */
    public int export(RunContext run, int partition, int partitions) throws IOException {
        List<Current> files = jdbc.sql("""
                SELECT f.id, f.relative_path, f.sha256, f.unit_name, COALESCE(u.county_name, '其他') AS county, f.version
                FROM received_file f LEFT JOIN period_unit u ON u.period = f.period AND u.uscc = f.unit_uscc
                WHERE f.period = :period AND f.is_current = TRUE AND MOD(f.id, :partitions) = :partition ORDER BY f.id
                """).param("period", run.period().code()).param("partitions", partitions).param("partition", partition)
                .query((rs, n) -> new Current(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)))
                .list();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        try {
            List<java.util.concurrent.Future<?>> written = new ArrayList<>();
            for (Current file : files) {
                written.add(pool.submit(() -> {
                    write(run, file);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> one : written) {
                one.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing feedback workbooks", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return files.size();
    }

    private void write(RunContext run, Current file) throws IOException {
        Path original = archive.locate(file.sha(), FileArchive.extensionOf(Path.of(file.path())));
        Path target = run.periodOutput().resolve(FOLDER).resolve(SafeFileName.of(file.county()))
                .resolve(SafeFileName.of(file.unitName()) + "_第" + file.version() + "版_反馈" + FileArchive.extensionOf(original));
        List<CellNote> notes = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        jdbc.sql("SELECT * FROM finding WHERE file_id = :id ORDER BY ordinal").param("id", file.id()).query(rs -> {
            String severity = rs.getString("severity");
            notes.add(new CellNote(rs.getString("sheet"), rs.getString("cell"), level(severity), rs.getString("message")));
            rows.add(List.of(rows.size() + 1, rs.getString("rule"), SeverityLabel.of(severity), rs.getString("sheet"),
                    rs.getString("cell"), rs.getString("row_label"), rs.getString("col_label"),
                    PlainNumber.format(rs.getBigDecimal("left_value")), PlainNumber.format(rs.getBigDecimal("right_value")),
                    rs.getString("message"), rs.getString("justification") == null ? "" : rs.getString("justification")));
        });
        if (rows.isEmpty()) {
            rows.add(List.of("", "", "", "", "", "", "", "", "", "未发现问题，数据已纳入汇总。", ""));
        }
        List<SheetTable> tables = new ArrayList<>();
        tables.add(new SheetTable(IssueList.SHEET, IssueList.HEADER, rows));
        List<List<Object>> changes = changes(file.id(), run);
        if (!changes.isEmpty()) {
            tables.add(new SheetTable(CHANGES_SHEET, CHANGES_HEADER, changes));
        }
        String content = FeedbackContent.sha256(file.sha(), notes, tables);
        String key = run.periodOutput().relativize(target).toString();
        if (Files.exists(target) && content.equals(written(run, key))) {
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            writer.write(original, notes, tables, target);
            remember(run, key, content);
        } catch (IOException | RuntimeException e) {
            log.warn("{}: its workbook could not be marked up, the feedback lists its findings only", file.path(), e);
            tableWriter.write(tables, target.resolveSibling(target.getFileName().toString().replaceFirst("\\.xlsx?$", "") + "_问题清单.xlsx"));
        }
    }

    /** The content the feedback workbook at {@code key} was last written from, or null. */
    private String written(RunContext run, String key) {
        return jdbc.sql("SELECT content_sha FROM feedback_written WHERE period = :period AND target = :target")
                .param("period", run.period().code()).param("target", key).query(String.class).optional().orElse(null);
    }

    private void remember(RunContext run, String key, String content) {
        jdbc.sql("DELETE FROM feedback_written WHERE period = :period AND target = :target")
                .param("period", run.period().code()).param("target", key).update();
        jdbc.sql("INSERT INTO feedback_written (period, target, content_sha) VALUES (:period, :target, :content)")
                .param("period", run.period().code()).param("target", key).param("content", content).update();
    }

    /** What this version changed against the previous one, with the form's labels. */
    private List<List<Object>> changes(long fileId, RunContext run) {
        return jdbc.sql("SELECT item, old_value, new_value FROM version_change WHERE file_id = :id ORDER BY item").param("id", fileId)
                .query((rs, n) -> {
                    String item = rs.getString(1);
                    var descriptor = run.form().item(item);
                    return List.<Object>of(item, descriptor.map(d -> d.sheet().name()).orElse(""),
                            descriptor.map(d -> d.row().displayLabel()).orElse(""), descriptor.map(d -> d.column().displayLabel()).orElse(""),
                            rs.getBigDecimal(2) == null ? "（无）" : PlainNumber.format(rs.getBigDecimal(2)),
                            rs.getBigDecimal(3) == null ? "（无）" : PlainNumber.format(rs.getBigDecimal(3)));
                }).list();
    }

    private static CellNote.Level level(String severity) {
        return switch (severity) {
            case "REJECT", "ERROR" -> CellNote.Level.BLOCKING;
            case "WARNING" -> CellNote.Level.WARNING;
            default -> CellNote.Level.NOTE;
        };
    }

}
