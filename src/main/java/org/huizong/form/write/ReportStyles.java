package org.huizong.form.write;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.huizong.form.write.ReportRow.Emphasis;

/** The cell styles of report sheets, made once per workbook: title, text lines, header, and cells by format and emphasis. */
final class ReportStyles {

    private final Workbook workbook;
    private final Font bold;
    private final CellStyle title;
    private final CellStyle line;
    private final CellStyle header;
    private final Map<String, CellStyle> cells = new HashMap<>();

    ReportStyles(Workbook workbook) {
        this.workbook = workbook;
        bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        line = workbook.createCellStyle();
        line.setVerticalAlignment(VerticalAlignment.TOP);
        line.setWrapText(true);
        header = bordered(HorizontalAlignment.CENTER);
        header.setFont(bold);
        header.setWrapText(true);
        fill(header, IndexedColors.PALE_BLUE);
    }

    CellStyle title() {
        return title;
    }

    CellStyle line() {
        return line;
    }

    CellStyle header() {
        return header;
    }

    CellStyle cell(CellFormat format, Emphasis emphasis) {
        return cells.computeIfAbsent(format + "|" + emphasis, key -> {
            CellStyle style =
                    bordered(format == CellFormat.TEXT ? HorizontalAlignment.LEFT : HorizontalAlignment.RIGHT);
            style.setDataFormat(workbook.createDataFormat().getFormat(format.excelPattern()));
            style.setWrapText(format == CellFormat.TEXT);
            if (emphasis != Emphasis.PLAIN) {
                style.setFont(bold);
                fill(style, emphasis == Emphasis.TOTAL ? IndexedColors.LEMON_CHIFFON : IndexedColors.GREY_25_PERCENT);
            }
            return style;
        });
    }

    private CellStyle bordered(HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void fill(CellStyle style, IndexedColors color) {
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
