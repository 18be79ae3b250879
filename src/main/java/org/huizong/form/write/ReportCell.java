package org.huizong.form.write;

import java.math.BigDecimal;

/**
 * One cell of a report table: the text a PDF prints and, for a figure, the number a workbook stores with its
 * format. A cell without a number (a label, "—（分母为0）") is text in both.
 */
public record ReportCell(String text, Double number, CellFormat format) {

    public static ReportCell text(String text) {
        return new ReportCell(text == null ? "" : text, null, CellFormat.TEXT);
    }

    public static ReportCell number(double number, CellFormat format) {
        return new ReportCell(format.text(number), number, format);
    }

    /** A count or an amount of a form, as its value type shows it. */
    public static ReportCell figure(BigDecimal value, boolean amount) {
        return number(value.doubleValue(), amount ? CellFormat.DECIMAL : CellFormat.INTEGER);
    }

    public boolean isNumber() {
        return number != null;
    }
}
