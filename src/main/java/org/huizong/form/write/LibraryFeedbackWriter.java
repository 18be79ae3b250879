package org.huizong.form.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The reference {@link FeedbackWriter}: the feedback workbook written through the full workbook model, for .xls
 * originals and for what the streamed writer declines. Slow (the whole workbook is parsed and saved) but it takes any
 * workbook the library can open, and it is what the streamed writer's output is held to.
 */
final class LibraryFeedbackWriter implements FeedbackWriter {

    @Override
    public void write(Path original, List<CellNote> notes, List<SheetTable> tables, Path target) throws IOException {
        Workbook opened;
        try (InputStream in = Files.newInputStream(original)) {
            opened = WorkbookFactory.create(in); // from a stream: POI never writes back to the archived original
        }
        try (Workbook workbook = opened) {
            Map<String, CellStyle> highlighted = new HashMap<>();
            for (CellNote note : notes) {
                Sheet sheet = workbook.getSheet(note.sheetName());
                if (sheet != null && !note.a1().isEmpty()) {
                    mark(workbook, sheet, note, highlighted);
                }
            }
            for (SheetTable table : tables) {
                int existing = workbook.getSheetIndex(table.name());
                if (existing >= 0) {
                    workbook.removeSheetAt(existing);
                }
                writeTable(workbook, table);
            }
            workbook.setActiveSheet(workbook.getSheetIndex(tables.get(0).name()));
            FormWorkbookWriter.save(workbook, target);
        }
    }

    private static void mark(Workbook workbook, Sheet sheet, CellNote note, Map<String, CellStyle> highlighted) {
        CellAddress address = new CellAddress(note.a1());
        int rowIndex = address.getRow();
        int columnIndex = address.getColumn();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(rowIndex, columnIndex)) {
                rowIndex = region.getFirstRow();
                columnIndex = region.getFirstColumn();
            }
        }
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        Cell cell = row.getCell(columnIndex) != null ? row.getCell(columnIndex) : row.createCell(columnIndex);
        IndexedColors color = IndexedColors.fromInt(note.level().fill());
        String key = cell.getCellStyle().getIndex() + "/" + color;
        CellStyle style = highlighted.computeIfAbsent(key, k -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(cell.getCellStyle());
            copy.setFillForegroundColor(color.getIndex());
            copy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return copy;
        });
        if (note.level() != CellNote.Level.NOTE || cell.getCellStyle().getFillPattern() == FillPatternType.NO_FILL) {
            cell.setCellStyle(style);
        }
        CreationHelper helper = workbook.getCreationHelper();
        Comment previous = cell.getCellComment();
        if (previous != null) {
            previous.setString(helper.createRichTextString(previous.getString().getString() + "\n" + note.text()));
            return;
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 5);
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(helper.createRichTextString(note.text()));
        comment.setAuthor(CellNote.AUTHOR);
        cell.setCellComment(comment);
    }

    private static void writeTable(Workbook workbook, SheetTable table) {
        PlainSheetDrawer.draw(workbook, table);
    }
}
