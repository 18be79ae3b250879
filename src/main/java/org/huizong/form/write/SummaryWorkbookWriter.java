package org.huizong.form.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.huizong.form.FormDescriptor;
import org.huizong.text.Messages;

/**
 * The consolidated summary workbook: a cover (what the totals cover), the official tables for each scope (the city
 * first, then each county), further report sheets, and a per-unit detail sheet with one row per unit and one column
 * per item, streamed from a {@link RowSource}.
 */
public final class SummaryWorkbookWriter {

    /** How many columns of the unit detail a printed page takes. */
    private static final int DETAIL_COLUMNS_A_PAGE = 30;

    private final FormLayout layout = new FormLayout();

    public void write(
            FormDescriptor form,
            ReportSheet cover,
            List<ScopeSheets> scopes,
            List<ReportSheet> extraSheets,
            List<String> detailHeader,
            RowSource detailRows,
            Path target)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyles styles = new CellStyles(workbook, true);
            ReportSheetDrawer reportSheets = new ReportSheetDrawer(new ReportStyles(workbook));
            reportSheets.draw(cover, workbook.createSheet(WorkbookUtil.createSafeSheetName(cover.name())));
            List<SheetPlan> plans = layout.plan(form).stream()
                    .filter(p -> !p.sheetCode().equals("INFO"))
                    .toList();
            for (ScopeSheets scope : scopes) {
                for (SheetPlan plan : plans) {
                    Sheet sheet =
                            workbook.createSheet(WorkbookUtil.createSafeSheetName(scope.name() + "-" + plan.name()));
                    SheetCanvas canvas = new SheetCanvas(
                            sheet, plan, styles, new SheetCanvas.Offsets(0, 0), WriteOptions.official());
                    canvas.drawLabels();
                    canvas.drawValues(new FilledForm(Map.of(), scope.values(), Map.of()));
                    canvas.drawInfoLine(scope.heading());
                }
            }
            for (ReportSheet extra : extraSheets) {
                reportSheets.draw(extra, workbook.createSheet(WorkbookUtil.createSafeSheetName(extra.name())));
            }
            writeTable(
                    workbook.createSheet(Messages.text("write.summary.detailSheet")), detailHeader, detailRows, styles);
            FormWorkbookWriter.save(workbook, target);
            workbook.dispose();
        }
    }

    private static void writeTable(Sheet sheet, List<String> header, RowSource rows, CellStyles styles) {
        Row head = sheet.createRow(0);
        int lines = 1;
        for (int c = 0; c < header.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.of(CellRole.HEADER));
            int width = c < 4 ? 22 : 14;
            sheet.setColumnWidth(c, width * 256);
            lines = Math.max(lines, RowHeights.lines(header.get(c), width));
        }
        head.setHeightInPoints((float) (RowHeights.POINTS_PER_LINE * lines));
        int[] next = {1};
        // Each cell names the default style: a cell without one makes the streaming writer search the column styles.
        CellStyle plain = sheet.getWorkbook().getCellStyleAt(0);
        CellStyle count = sheet.getWorkbook().createCellStyle();
        count.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(CellFormat.DECIMAL.excelPattern()));
        rows.forEachRow(values -> {
            Row row = sheet.createRow(next[0]++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number number) {
                    cell(row, c, count).setCellValue(number.doubleValue());
                } else if (value != null) {
                    cell(row, c, plain).setCellValue(String.valueOf(value));
                }
            }
        });
        sheet.createFreezePane(4, 1);
        PlainSheetDrawer.PrintLayout.setup(sheet, true, 0, 0);
        // A row of 264 figures is no page wide: about 30 columns a page, the unit's name and header on every page.
        sheet.getPrintSetup()
                .setFitWidth((short) Math.max(1, (header.size() + DETAIL_COLUMNS_A_PAGE - 1) / DETAIL_COLUMNS_A_PAGE));
        sheet.setRepeatingColumns(new org.apache.poi.ss.util.CellRangeAddress(-1, -1, 0, 3));
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }
}
