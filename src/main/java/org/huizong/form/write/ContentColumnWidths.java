package org.huizong.form.write;

import cn.idev.excel.write.handler.CellWriteHandler;
import cn.idev.excel.write.handler.WorkbookWriteHandler;
import cn.idev.excel.write.handler.context.CellWriteHandlerContext;
import cn.idev.excel.write.handler.context.WorkbookWriteHandlerContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Sizes each column to its longest content, a Chinese character counting two, up to {@link #WRAPPED} characters: a
 * longer text wraps in its cell, whose row is made tall enough to show it. The widest content of each column is
 * remembered as rows are written and the widths are set once, just before the workbook is saved: a column width set
 * while streaming makes the library look the column up again for every later cell of the sheet. Each sheet then gets
 * its header row frozen and filtered, and a print setup: landscape A4, fitted to the page's width, the header on
 * every page.
 */
final class ContentColumnWidths implements CellWriteHandler, WorkbookWriteHandler {

    /** The widest column, in characters: a longer text wraps. */
    static final int WRAPPED = 50;

    private static final int PADDING = 2;

    private final Map<Sheet, Map<Integer, Integer>> widest = new LinkedHashMap<>();
    private CellStyle wrapped;
    private CellStyle top;

    @Override
    public void afterCellDispose(CellWriteHandlerContext context) {
        Cell cell = context.getCell();
        if (cell == null) {
            return;
        }
        int content = width(cell);
        int width = Math.min(WRAPPED, content + PADDING);
        widest.computeIfAbsent(cell.getSheet(), s -> new HashMap<>()).merge(cell.getColumnIndex(), width, Math::max);
        if (Boolean.TRUE.equals(context.getHead())) {
            return;
        }
        if (content + PADDING <= WRAPPED && cell.getCellStyle().getIndex() == 0) {
            if (top == null) {
                top = cell.getSheet().getWorkbook().createCellStyle();
                top.setVerticalAlignment(VerticalAlignment.TOP);
            }
            cell.setCellStyle(top);
        }
        if (content + PADDING > WRAPPED) {
            if (wrapped == null) {
                wrapped = cell.getSheet().getWorkbook().createCellStyle();
                wrapped.setWrapText(true);
                wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            }
            cell.setCellStyle(wrapped);
            Row row = cell.getRow();
            float height = (float) (RowHeights.POINTS_PER_LINE * RowHeights.lines(cell.getStringCellValue(), WRAPPED));
            if (height > row.getHeightInPoints()) {
                row.setHeightInPoints(height);
            }
        }
    }

    @Override
    public void afterWorkbookDispose(WorkbookWriteHandlerContext context) {
        widest.forEach((sheet, columns) -> {
            columns.forEach((column, width) -> sheet.setColumnWidth(column, width * 256));
            int last =
                    columns.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            sheet.createFreezePane(0, 1);
            if (sheet.getLastRowNum() > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, sheet.getLastRowNum(), 0, last));
            }
            PlainSheetDrawer.PrintLayout.landscape(sheet, 0);
        });
        widest.clear();
    }

    private static int width(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            return java.math.BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString()
                    .length();
        }
        if (cell.getCellType() != CellType.STRING) {
            return 0;
        }
        String text = cell.getStringCellValue();
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return width;
    }
}
