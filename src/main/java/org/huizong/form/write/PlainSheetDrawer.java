package org.huizong.form.write;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Draws a {@link SheetTable} into a new sheet through the workbook library, as the streamed feedback writer writes
 * it: the lines above in bold, the header row frozen and filtered, data rows tall enough for their wrapped text,
 * the table's column widths (hidden columns hidden), printed landscape on A4, fitted to the page's width, the header
 * repeated on every page.
 */
final class PlainSheetDrawer {

    private PlainSheetDrawer() {}

    static Sheet draw(Workbook workbook, SheetTable table) {
        Sheet sheet = workbook.createSheet(table.name());
        CellStyles styles = new CellStyles(workbook);
        CellStyle line = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontName("宋体");
        line.setFont(bold);
        for (int r = 0; r < table.lines().size(); r++) {
            sheet.createRow(r).createCell(0).setCellValue(table.lines().get(r));
            sheet.getRow(r).getCell(0).setCellStyle(line);
        }
        int top = table.headerRow();
        List<String> header = table.header();
        Row head = sheet.createRow(top);
        int headerLines = 1;
        for (int c = 0; c < header.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.of(CellRole.HEADER));
            if (!table.hidden(c)) {
                headerLines = Math.max(headerLines, RowHeights.lines(header.get(c), table.width(c)));
            }
        }
        head.setHeightInPoints((float) (RowHeights.POINTS_PER_LINE * headerLines));
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(top + r + 1);
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(styles.of(CellRole.ROW_LABEL));
                Object value = values.get(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(String.valueOf(value));
                }
            }
            row.setHeightInPoints((float) table.height(values));
        }
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, Math.max(1, table.width(c)) * 256);
            sheet.setColumnHidden(c, table.hidden(c));
        }
        sheet.createFreezePane(0, top + 1);
        if (!header.isEmpty() && !table.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(top, top + table.rows().size(), 0, header.size() - 1));
        }
        PrintLayout.landscape(sheet, top);
        return sheet;
    }

    /** Print setup shared by the sheets the project draws. */
    static final class PrintLayout {

        private PrintLayout() {}

        /** Landscape A4 fitted to the page's width, rows as many pages as they take, {@code headerRow} on every page. */
        static void landscape(Sheet sheet, int headerRow) {
            setup(sheet, true, headerRow, headerRow);
        }

        static void setup(Sheet sheet, boolean landscape, int firstRepeated, int lastRepeated) {
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(landscape);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setAutobreaks(true);
            sheet.setFitToPage(true);
            sheet.setMargin(Sheet.LeftMargin, 0.5);
            sheet.setMargin(Sheet.RightMargin, 0.5);
            if (firstRepeated >= 0) {
                sheet.setRepeatingRows(new CellRangeAddress(firstRepeated, lastRepeated, -1, -1));
            }
        }
    }
}
