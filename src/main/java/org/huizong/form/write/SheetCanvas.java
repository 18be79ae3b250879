package org.huizong.form.write;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.huizong.form.InfoField;
import org.huizong.text.Messages;

/** Draws one {@link SheetPlan} onto a POI sheet, shifted by the offsets, and remembers where each item landed. */
final class SheetCanvas {

    record Offsets(int rows, int columns) {}

    private final Sheet sheet;
    private final SheetPlan plan;
    private final CellStyles styles;
    private final Offsets offsets;
    private final WriteOptions options;
    private final Map<String, Cell> itemCells = new HashMap<>();

    SheetCanvas(Sheet sheet, SheetPlan plan, CellStyles styles, Offsets offsets, WriteOptions options) {
        this.sheet = sheet;
        this.plan = plan;
        this.styles = styles;
        this.offsets = offsets;
        this.options = options;
        for (int c = 0; c < plan.columnWidths().length; c++) {
            sheet.setColumnWidth(c + offsets.columns(), plan.columnWidths()[c] * 256);
        }
        fitToPrintedPage();
    }

    /** Offices print the tables: A4, landscape when wide, always one page wide. */
    private void fitToPrintedPage() {
        int width = java.util.Arrays.stream(plan.columnWidths()).sum();
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(width > 90);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
    }

    void drawLabels() {
        for (PlannedCell label : plan.labels()) {
            String text = label.headingKey() != null
                    ? options.labelOverrides().getOrDefault(label.headingKey(), label.text())
                    : label.text();
            if (options.halfWidthLabels() && label.role() != CellRole.TITLE) {
                text = halfWidth(text);
            }
            fill(label.row(), label.column(), label.lastRow(), label.lastColumn(), styles.of(label.role()))
                    .setCellValue(text);
            if ((label.role() == CellRole.ROW_LABEL || label.role() == CellRole.HEADER)
                    && label.row() == label.lastRow()) {
                fitHeight(label, text);
            }
        }
    }

    /** A wrapped label in one row needs as many lines as its text takes in its width (a Chinese character is two units). */
    private void fitHeight(PlannedCell label, String text) {
        int width = 0;
        for (int c = label.column(); c <= label.lastColumn(); c++) {
            width += plan.columnWidths()[c];
        }
        int lines = (int) Math.ceil(text.length() * 2.0 / Math.max(1, width - 1));
        if (lines > 1) {
            Row row = sheet.getRow(shiftRow(label.row()));
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * 14f));
        }
    }

    void drawInfoValues(List<InfoField> fields, Map<String, String> values) {
        for (PlannedCell label : plan.labels()) {
            if (label.role() != CellRole.INFO_LABEL) {
                continue;
            }
            String key = fields.stream()
                    .filter(f -> f.label().equals(label.text()))
                    .map(InfoField::key)
                    .findFirst()
                    .orElse("");
            Cell cell = fill(label.row(), 1, label.row(), 1, styles.of(CellRole.INFO_VALUE));
            String value = values.get(key);
            if (value != null) {
                cell.setCellValue(value);
            }
        }
    }

    void drawValues(FilledForm content) {
        for (ValueSlot slot : plan.slots()) {
            Cell cell = fill(slot.row(), slot.column(), slot.row(), slot.lastColumn(), styles.of(CellRole.VALUE));
            String code = slot.item().code();
            String raw = content.rawTexts().get(code);
            BigDecimal value = content.values().get(code);
            if (raw != null) {
                cell.setCellValue(raw);
            } else if (value != null) {
                FormWorkbookWriter.setNumber(cell, value);
            }
            itemCells.put(code, cell);
        }
    }

    void drawInfoLine(String line) {
        Cell cell = fill(1, 0, 1, plan.lastColumn(), styles.of(CellRole.NOTE));
        cell.setCellValue(line);
    }

    void drawRemarkColumn() {
        int column = plan.lastColumn() + 1;
        sheet.setColumnWidth(column + offsets.columns(), 16 * 256);
        plan.labels().stream()
                .filter(l -> l.role() == CellRole.HEADER)
                .mapToInt(PlannedCell::row)
                .min()
                .ifPresent(row -> {
                    fill(row, column, row, column, styles.of(CellRole.HEADER))
                            .setCellValue(Messages.text("write.remark.header"));
                    fill(row + 1, column, row + 1, column, styles.of(CellRole.NOTE))
                            .setCellValue(Messages.text("write.remark.checked"));
                });
    }

    Sheet sheet() {
        return sheet;
    }

    SheetPlan plan() {
        return plan;
    }

    /** The cell of an item on this sheet, or null. */
    Cell itemCell(String itemCode) {
        return itemCells.get(itemCode);
    }

    String reference(String itemCode, boolean qualified) {
        Cell cell = itemCells.get(itemCode);
        String local = new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString();
        return qualified ? "'" + sheet.getSheetName() + "'!" + local : local;
    }

    private Cell fill(int row, int column, int lastRow, int lastColumn, CellStyle style) {
        int r0 = shiftRow(row);
        int r1 = shiftRow(lastRow);
        int c0 = column + offsets.columns();
        int c1 = lastColumn + offsets.columns();
        for (int r = r0; r <= r1; r++) {
            Row sheetRow = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
            for (int c = c0; c <= c1; c++) {
                Cell cell = sheetRow.getCell(c) != null ? sheetRow.getCell(c) : sheetRow.createCell(c);
                cell.setCellStyle(style);
            }
        }
        FormWorkbookWriter.merge(sheet, r0, c0, r1, c1);
        return sheet.getRow(r0).getCell(c0);
    }

    private int shiftRow(int row) {
        return row == 0 ? 0 : row + offsets.rows();
    }

    private static String halfWidth(String text) {
        String half = text.replace('（', '(')
                .replace('）', ')')
                .replace('：', ':')
                .replace('，', ',')
                .replace('“', '"')
                .replace('”', '"');
        return half.length() > 14 ? half.substring(0, 8) + "\n" + half.substring(8) : half;
    }
}
