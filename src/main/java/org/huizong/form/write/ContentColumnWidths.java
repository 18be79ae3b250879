package org.huizong.form.write;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.idev.excel.write.handler.CellWriteHandler;
import cn.idev.excel.write.handler.WorkbookWriteHandler;
import cn.idev.excel.write.handler.context.CellWriteHandlerContext;
import cn.idev.excel.write.handler.context.WorkbookWriteHandlerContext;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Sizes each column to its longest content, a Chinese character counting two. The widest content of each column is
 * remembered as rows are written and the widths are set once, just before the workbook is saved: a column width set
 * while streaming makes the library look the column up again for every later cell of the sheet.
 */
final class ContentColumnWidths implements CellWriteHandler, WorkbookWriteHandler {

    /** Excel's widest column, in characters. */
    private static final int MAX = 255;
    private static final int PADDING = 2;

    private final Map<Sheet, Map<Integer, Integer>> widest = new LinkedHashMap<>();

    @Override
    public void afterCellDispose(CellWriteHandlerContext context) {
        Cell cell = context.getCell();
        if (cell == null) {
            return;
        }
        int width = Math.min(MAX, width(cell) + PADDING);
        widest.computeIfAbsent(cell.getSheet(), s -> new HashMap<>()).merge(cell.getColumnIndex(), width, Math::max);
    }

    @Override
    public void afterWorkbookDispose(WorkbookWriteHandlerContext context) {
        widest.forEach((sheet, columns) -> columns.forEach((column, width) -> sheet.setColumnWidth(column, width * 256)));
        widest.clear();
    }

    private static int width(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString().length();
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
