package org.huizong.form.write;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the official layout, created once per workbook. */
final class CellStyles {

    private final Map<CellRole, CellStyle> styles = new EnumMap<>(CellRole.class);

    CellStyles(Workbook workbook) {
        this(workbook, false);
    }

    /** @param grouped figures show thousands separators ({@code 1,234}), as the reports print them */
    CellStyles(Workbook workbook, boolean grouped) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontName("宋体");
        Font title = workbook.createFont();
        title.setBold(true);
        title.setFontHeightInPoints((short) 14);
        title.setFontName("宋体");
        styles.put(CellRole.TITLE, style(workbook, title, HorizontalAlignment.CENTER, false, null));
        styles.put(CellRole.BLOCK_TITLE, style(workbook, bold, HorizontalAlignment.LEFT, true, null));
        styles.put(
                CellRole.HEADER,
                style(workbook, bold, HorizontalAlignment.CENTER, true, IndexedColors.GREY_25_PERCENT));
        styles.put(CellRole.ROW_LABEL, style(workbook, null, HorizontalAlignment.LEFT, true, null));
        styles.put(CellRole.VALUE, style(workbook, null, HorizontalAlignment.RIGHT, true, null));
        if (grouped) {
            styles.get(CellRole.VALUE)
                    .setDataFormat(workbook.createDataFormat().getFormat(CellFormat.DECIMAL.excelPattern()));
        }
        styles.put(
                CellRole.INFO_LABEL,
                style(workbook, bold, HorizontalAlignment.LEFT, true, IndexedColors.GREY_25_PERCENT));
        styles.put(CellRole.INFO_VALUE, style(workbook, null, HorizontalAlignment.LEFT, true, null));
        styles.put(CellRole.NOTE, style(workbook, null, HorizontalAlignment.LEFT, false, null));
    }

    CellStyle of(CellRole role) {
        return styles.get(role);
    }

    private static CellStyle style(
            Workbook workbook, Font font, HorizontalAlignment alignment, boolean bordered, IndexedColors fill) {
        CellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (fill != null) {
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
