package org.huizong.form.write;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;

/**
 * What a person sees of a feedback workbook, as lines to compare: the sheets in order and the active one, each
 * cell's value or formula, how it looks (fill, font, borders, alignment) and its comment, merged regions, the
 * frozen pane and the column widths. Style indexes are left out: two writers number their styles differently.
 */
final class FeedbackWorkbookDescription {

    private FeedbackWorkbookDescription() {}

    static List<String> of(Workbook workbook) {
        List<String> lines = new ArrayList<>();
        lines.add("active " + workbook.getActiveSheetIndex());
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            Sheet sheet = workbook.getSheetAt(s);
            lines.add("sheet " + s + " " + sheet.getSheetName());
            PaneInformation pane = sheet.getPaneInformation();
            lines.add(
                    "pane " + (pane == null ? "none" : pane.isFreezePane() + " " + pane.getHorizontalSplitPosition()));
            sheet.getMergedRegions().stream()
                    .map(CellRangeAddress::formatAsString)
                    .sorted()
                    .forEach(r -> lines.add("merged " + r));
            int lastColumn = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    lastColumn = Math.max(lastColumn, cell.getColumnIndex());
                    lines.add(cell.getAddress() + " " + value(cell) + " | " + look(workbook, cell.getCellStyle())
                            + comment(cell));
                }
            }
            for (int c = 0; c <= lastColumn; c++) {
                lines.add("width " + c + " " + sheet.getColumnWidth(c));
            }
        }
        return lines;
    }

    static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC -> "n " + cell.getNumericCellValue();
            case STRING -> "s " + cell.getStringCellValue();
            case BOOLEAN -> "b " + cell.getBooleanCellValue();
            case FORMULA -> "f " + cell.getCellFormula() + " = " + cached(cell);
            case ERROR -> "e " + cell.getErrorCellValue();
            default -> "blank";
        };
    }

    private static String cached(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            default -> cell.getCachedFormulaResultType().toString();
        };
    }

    static String look(Workbook workbook, CellStyle style) {
        Font font = workbook.getFontAt(style.getFontIndex());
        return style.getFillPattern() + "/" + style.getFillForegroundColor() + " font " + font.getFontName() + " "
                + font.getFontHeightInPoints() + (font.getBold() ? " bold" : "") + " border " + style.getBorderTop()
                + "/"
                + style.getBorderRight() + "/" + style.getBorderBottom() + "/" + style.getBorderLeft() + " align "
                + style.getAlignment() + "/" + style.getVerticalAlignment() + (style.getWrapText() ? " wrap" : "")
                + " format " + style.getDataFormatString();
    }

    private static String comment(Cell cell) {
        Comment comment = cell.getCellComment();
        return comment == null
                ? ""
                : " comment " + comment.getAuthor() + ": " + comment.getString().getString();
    }
}
