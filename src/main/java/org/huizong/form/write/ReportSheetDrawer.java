package org.huizong.form.write;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Draws a {@link ReportSheet} into a worksheet: the title, the lines, then each table (caption, header, rows) with a
 * blank row between tables. Figures are numeric cells with their format; everything else is text.
 */
final class ReportSheetDrawer {

    private static final int LABEL_WIDTH = 30;
    private static final int VALUE_WIDTH = 14;

    private final ReportStyles styles;

    ReportSheetDrawer(ReportStyles styles) {
        this.styles = styles;
    }

    void draw(ReportSheet report, Sheet sheet) {
        int row = 0;
        row = text(sheet, row, report.title(), styles.title());
        for (String line : report.lines()) {
            row = text(sheet, row, line, styles.line());
        }
        int widest = 0;
        for (ReportTable table : report.tables()) {
            row = table(sheet, row + 1, table);
            widest = Math.max(widest, table.header().size());
        }
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        for (int c = 1; c < widest; c++) {
            sheet.setColumnWidth(c, VALUE_WIDTH * 256);
        }
    }

    private int table(Sheet sheet, int top, ReportTable table) {
        int row = top;
        if (table.caption() != null) {
            row = text(sheet, row, table.caption(), styles.line());
        }
        Row head = sheet.createRow(row++);
        List<String> header = table.header();
        for (int c = 0; c < header.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.header());
        }
        for (ReportRow values : table.rows()) {
            Row line = sheet.createRow(row++);
            Cell label = line.createCell(0);
            label.setCellValue(values.label());
            label.setCellStyle(styles.cell(CellFormat.TEXT, values.emphasis()));
            for (int c = 0; c < values.cells().size(); c++) {
                ReportCell value = values.cells().get(c);
                Cell cell = line.createCell(c + 1);
                if (value.isNumber()) {
                    cell.setCellValue(value.number());
                } else {
                    cell.setCellValue(value.text());
                }
                cell.setCellStyle(styles.cell(value.isNumber() ? value.format() : CellFormat.TEXT, values.emphasis()));
            }
        }
        return row;
    }

    private static int text(Sheet sheet, int row, String text, CellStyle style) {
        Cell cell = sheet.createRow(row).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return row + 1;
    }
}
