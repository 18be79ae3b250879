package org.huizong.form.write;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.metadata.data.DataFormatData;
import cn.idev.excel.metadata.data.WriteCellData;
import cn.idev.excel.write.metadata.WriteSheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.huizong.text.Messages;

/**
 * Writes long row-per-record sheets (findings, lists, counts) with FastExcel, which streams rows instead of holding a
 * workbook model: one sheet per {@link SheetTable}, a header row, columns sized to their content, figures given as
 * {@link ReportCell}s stored as numbers in their format.
 */
public final class TableWorkbookWriter {

    private static final int BATCH = 1000;
    /** What one cell may hold: the file format's limit of 32,767 characters, less room for the note that text was cut. */
    private static final int CELL_TEXT = 32_700;

    private static final String CUT = Messages.text("write.table.cut");

    public void write(List<SheetTable> tables, Path target) throws IOException {
        writeStreamed(tables.stream().map(StreamedTable::of).toList(), target);
    }

    /** Writes each table's rows in batches as its source pushes them: memory holds one batch, not the table. */
    public void writeStreamed(List<StreamedTable> tables, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        ExcelWriter writer = FastExcel.write(partial.toFile())
                .excelType(cn.idev.excel.support.ExcelTypeEnum.XLSX)
                .registerWriteHandler(new ContentColumnWidths())
                .build();
        try {
            for (int i = 0; i < tables.size(); i++) {
                StreamedTable table = tables.get(i);
                WriteSheet sheet = FastExcel.writerSheet(i, table.name())
                        .head(table.header().stream().map(List::of).toList())
                        .build();
                List<List<Object>> batch = new ArrayList<>(BATCH);
                table.rows().forEachRow(row -> {
                    batch.add(fitted(row));
                    if (batch.size() == BATCH) {
                        writer.write(batch, sheet);
                        batch.clear();
                    }
                });
                writer.write(batch, sheet);
            }
        } finally {
            writer.finish();
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The row as cells: a {@link ReportCell} figure becomes a number with its format, any other one its text; text too
     * long for a cell is cut to fit, saying so (a county's inputs list every unit).
     */
    private static List<Object> fitted(List<Object> row) {
        if (row.stream()
                .noneMatch(v -> v instanceof ReportCell || v instanceof String text && text.length() > CELL_TEXT)) {
            return row;
        }
        return row.stream()
                .map(v -> {
                    if (v instanceof ReportCell cell) {
                        return cell.isNumber() ? formatted(cell) : cell.text();
                    }
                    return v instanceof String text && text.length() > CELL_TEXT
                            ? text.substring(0, CELL_TEXT) + CUT
                            : v;
                })
                .toList();
    }

    private static WriteCellData<?> formatted(ReportCell cell) {
        WriteCellData<?> data = new WriteCellData<>(BigDecimal.valueOf(cell.number()));
        DataFormatData format = new DataFormatData();
        format.setFormat(cell.format().excelPattern());
        data.getOrCreateStyle().setDataFormatData(format);
        return data;
    }
}
