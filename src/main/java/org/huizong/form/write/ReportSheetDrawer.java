package org.huizong.form.write;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Draws a {@link ReportSheet} into a worksheet: the title, the lines, then each table (caption, header, rows) with a
 * blank row between tables. Figures are numeric cells with their format; everything else is text. A line or caption
 * spans the widest table and wraps in it; every row is as tall as its wrapped text. The sheet prints on A4 fitted to
 * the page's width, upright for narrow tables and landscape for wide ones.
 */
final class ReportSheetDrawer {

    private static final int LABEL_WIDTH = 30;
    private static final int VALUE_WIDTH = 14;
    /** Tables wider than this many columns print landscape. */
    private static final int UPRIGHT_COLUMNS = 6;

    private final ReportStyles styles;

    ReportSheetDrawer(ReportStyles styles) {
        this.styles = styles;
    }

    void draw(ReportSheet report, Sheet sheet) {
        int widest = Math.max(
                2,
                report.tables().stream().mapToInt(t -> t.header().size()).max().orElse(2));
        int span = LABEL_WIDTH + VALUE_WIDTH * (widest - 1);
        int row = 0;
        row = text(sheet, row, report.title(), styles.title(), widest, span);
        for (String line : report.lines()) {
            row = text(sheet, row, line, styles.line(), widest, span);
        }
        for (ReportTable table : report.tables()) {
            row = table(sheet, row + 1, table, widest, span);
        }
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        for (int c = 1; c < widest; c++) {
            sheet.setColumnWidth(c, VALUE_WIDTH * 256);
        }
        PlainSheetDrawer.PrintLayout.setup(sheet, widest > UPRIGHT_COLUMNS, -1, -1);
    }

    private int table(Sheet sheet, int top, ReportTable table, int widest, int span) {
        int row = top;
        if (table.caption() != null) {
            row = text(sheet, row, table.caption(), styles.line(), widest, span);
        }
        Row head = sheet.createRow(row++);
        List<String> header = table.header();
        int lines = 1;
        for (int c = 0; c < header.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.header());
            lines = Math.max(lines, RowHeights.lines(header.get(c), c == 0 ? LABEL_WIDTH : VALUE_WIDTH));
        }
        head.setHeightInPoints((float) (RowHeights.POINTS_PER_LINE * lines));
        for (ReportRow values : table.rows()) {
            Row line = sheet.createRow(row++);
            Cell label = line.createCell(0);
            label.setCellValue(values.label());
            label.setCellStyle(styles.cell(CellFormat.TEXT, values.emphasis()));
            int height = RowHeights.lines(values.label(), LABEL_WIDTH);
            for (int c = 0; c < values.cells().size(); c++) {
                ReportCell value = values.cells().get(c);
                Cell cell = line.createCell(c + 1);
                if (value.isNumber()) {
                    cell.setCellValue(value.number());
                } else {
                    cell.setCellValue(value.text());
                    height = Math.max(height, RowHeights.lines(value.text(), VALUE_WIDTH));
                }
                cell.setCellStyle(styles.cell(value.isNumber() ? value.format() : CellFormat.TEXT, values.emphasis()));
            }
            if (height > 1) {
                line.setHeightInPoints((float) (RowHeights.POINTS_PER_LINE * height));
            }
        }
        return row;
    }

    /** A line of text over the width of the widest table, wrapped in it. */
    private static int text(Sheet sheet, int row, String text, CellStyle style, int columns, int width) {
        Row line = sheet.createRow(row);
        Cell cell = line.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, columns - 1));
        }
        int lines = RowHeights.lines(text, width);
        if (lines > 1) {
            line.setHeightInPoints((float) (RowHeights.POINTS_PER_LINE * lines * 1.1));
        }
        return row + 1;
    }
}
