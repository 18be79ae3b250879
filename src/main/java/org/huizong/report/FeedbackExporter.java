package org.huizong.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.huizong.form.PlainNumber;
import org.huizong.form.write.CellNote;
import org.huizong.form.write.FeedbackWorkbookWriter;
import org.huizong.submission.FileArchive;
import org.huizong.system.RunContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the feedback workbook of every unit that submitted: its current version, marked up with its findings,
 * under {@code output/<period>/反馈/<county>/<unit>_第N版_反馈.xlsx}.
 */
public final class FeedbackExporter {

    public static final String FOLDER = "反馈";
    static final List<String> ISSUE_HEADER = List.of("序号", "规则", "严重程度", "工作表", "单元格", "行", "列", "左值", "右值", "问题说明", "单位说明");

    private final JdbcClient jdbc;
    private final FileArchive archive;
    private final FeedbackWorkbookWriter writer = new FeedbackWorkbookWriter();

    public FeedbackExporter(JdbcClient jdbc, FileArchive archive) {
        this.jdbc = jdbc;
        this.archive = archive;
    }

    public int export(RunContext run) throws IOException {
        record Current(long id, String path, String sha, String unitName, String county, int version) {
        }
        List<Current> files = jdbc.sql("""
                SELECT f.id, f.relative_path, f.sha256, f.unit_name, COALESCE(u.county_name, '其他') AS county, f.version
                FROM received_file f LEFT JOIN period_unit u ON u.period = f.period AND u.uscc = f.unit_uscc
                WHERE f.period = :period AND f.is_current = TRUE ORDER BY f.id
                """).param("period", run.period().code())
                .query((rs, n) -> new Current(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)))
                .list();
        for (Current file : files) {
            Path original = archive.locate(file.sha(), FileArchive.extensionOf(Path.of(file.path())));
            Path target = run.periodOutput().resolve(FOLDER).resolve(safe(file.county()))
                    .resolve(safe(file.unitName()) + "_第" + file.version() + "版_反馈" + FileArchive.extensionOf(original));
            List<CellNote> notes = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            jdbc.sql("SELECT * FROM finding WHERE file_id = :id ORDER BY ordinal").param("id", file.id()).query(rs -> {
                String severity = rs.getString("severity");
                notes.add(new CellNote(rs.getString("sheet"), rs.getString("cell"), level(severity), rs.getString("message")));
                rows.add(List.of(rows.size() + 1, rs.getString("rule"), SeverityLabel.of(severity), rs.getString("sheet"),
                        rs.getString("cell"), rs.getString("row_label"), rs.getString("col_label"),
                        PlainNumber.format(rs.getBigDecimal("left_value")), PlainNumber.format(rs.getBigDecimal("right_value")),
                        rs.getString("message"), ""));
            });
            if (rows.isEmpty()) {
                rows.add(List.of("", "", "", "", "", "", "", "", "", "未发现问题，数据已纳入汇总。", ""));
            }
            Files.createDirectories(target.getParent());
            writer.write(original, notes, ISSUE_HEADER, rows, target);
        }
        return files.size();
    }

    private static CellNote.Level level(String severity) {
        return switch (severity) {
            case "REJECT", "ERROR" -> CellNote.Level.BLOCKING;
            case "WARNING" -> CellNote.Level.WARNING;
            default -> CellNote.Level.NOTE;
        };
    }

    /** A name usable as a file name anywhere: no path separators or characters Windows refuses. */
    static String safe(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }
}
