package org.huizong.form.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huizong.form.ValueType;
import org.huizong.text.Messages;

/**
 * What keeps a clerk from the mistakes that return a workbook: a 填报说明 sheet first, a whole number ≥ 0 required in
 * every count cell (≥ 0 with up to four decimals in a 万元 cell), the totals' formulas shaded and locked, and every
 * sheet protected without a password so that its labels cannot be edited by mistake, while the cells to fill (values
 * and 基本信息) stay open.
 */
final class TemplateSafeguards {

    private final XSSFWorkbook workbook;
    private final List<SheetCanvas> canvases;

    TemplateSafeguards(XSSFWorkbook workbook, List<SheetCanvas> canvases) {
        this.workbook = workbook;
        this.canvases = canvases;
    }

    /** The lines of the 填报说明 sheet for a city whose workbooks are due by {@code deadlineDay}. */
    static List<String> instructions(int deadlineDay) {
        List<String> lines = new ArrayList<>();
        for (int n = 1; Messages.has("template.instruction." + n); n++) {
            lines.add(Messages.text("template.instruction." + n, deadlineDay));
        }
        return lines;
    }

    void apply(List<String> instructions) {
        Map<CellStyle, CellStyle> open = new HashMap<>();
        Map<CellStyle, CellStyle> shaded = new HashMap<>();
        for (SheetCanvas canvas : canvases) {
            Sheet sheet = canvas.sheet();
            List<Cell> counts = new ArrayList<>();
            List<Cell> amounts = new ArrayList<>();
            for (ValueSlot slot : canvas.plan().slots()) {
                Cell cell = canvas.itemCell(slot.item().code());
                if (cell == null) {
                    continue;
                }
                if (cell.getCellType() == CellType.FORMULA) {
                    cell.setCellStyle(shaded.computeIfAbsent(cell.getCellStyle(), this::shadedCopy));
                    continue;
                }
                cell.setCellStyle(open.computeIfAbsent(cell.getCellStyle(), this::openCopy));
                (slot.item().type() == ValueType.AMOUNT ? amounts : counts).add(cell);
            }
            if (canvas.plan().sheetCode().equals("INFO")) {
                openInfoValues(sheet, open);
            }
            validate(sheet, counts, false);
            validate(sheet, amounts, true);
            XSSFSheet protectedSheet = (XSSFSheet) sheet;
            protectedSheet.enableLocking();
            protectedSheet.lockFormatColumns(false);
            protectedSheet.lockFormatRows(false);
            protectedSheet.lockSelectLockedCells(false);
            protectedSheet.lockSelectUnlockedCells(false);
        }
        instructionsSheet(instructions);
    }

    /** The value cells of 基本信息: right of each label, in the label's row. */
    private void openInfoValues(Sheet sheet, Map<CellStyle, CellStyle> open) {
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label != null
                    && label.getCellType() == CellType.STRING
                    && !label.getStringCellValue().isBlank()) {
                Cell value = row.getCell(1) != null ? row.getCell(1) : row.createCell(1);
                value.setCellStyle(open.computeIfAbsent(value.getCellStyle(), this::openCopy));
            }
        }
    }

    private void validate(Sheet sheet, List<Cell> cells, boolean amount) {
        if (cells.isEmpty()) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = amount
                ? helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null)
                : helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
        CellRangeAddressList where = new CellRangeAddressList();
        cells.forEach(c ->
                where.addCellRangeAddress(c.getRowIndex(), c.getColumnIndex(), c.getRowIndex(), c.getColumnIndex()));
        DataValidation validation = helper.createValidation(constraint, where);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setEmptyCellAllowed(true);
        validation.createErrorBox(
                Messages.text("write.template.notANumber"),
                Messages.text(amount ? "write.template.notANumber.amount" : "write.template.notANumber.count"));
        validation.setShowPromptBox(false);
        sheet.addValidationData(validation);
    }

    private void instructionsSheet(List<String> instructions) {
        Sheet sheet = workbook.createSheet(Messages.text("template.title"));
        workbook.setSheetOrder(sheet.getSheetName(), 0);
        workbook.setActiveSheet(1);
        workbook.setSelectedTab(1);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        Row title = sheet.createRow(0);
        CellStyle heading = workbook.createCellStyle();
        var bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 14);
        heading.setFont(bold);
        Cell titleCell = title.createCell(1);
        titleCell.setCellValue(Messages.text("template.title"));
        titleCell.setCellStyle(heading);
        title.setHeightInPoints(24);
        for (int i = 0; i < instructions.size(); i++) {
            Row row = sheet.createRow(i + 2);
            row.createCell(0).setCellValue((i + 1) + ".");
            Cell text = row.createCell(1);
            text.setCellValue(instructions.get(i));
            text.setCellStyle(wrapped);
            row.setHeightInPoints((float) (RowHeights.POINTS_PER_LINE * RowHeights.lines(instructions.get(i), 90)));
        }
        PlainSheetDrawer.PrintLayout.setup(sheet, false, -1, -1);
    }

    private CellStyle openCopy(CellStyle style) {
        CellStyle copy = workbook.createCellStyle();
        copy.cloneStyleFrom(style);
        copy.setLocked(false);
        return copy;
    }

    private CellStyle shadedCopy(CellStyle style) {
        CellStyle copy = workbook.createCellStyle();
        copy.cloneStyleFrom(style);
        copy.setLocked(true);
        copy.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        copy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return copy;
    }
}
