package org.huizong.form.read;

/**
 * One non-empty cell as found in a workbook: a number, or text, or an error; {@code formula} is set when the value
 * came from a formula (its cached result, or its evaluation when the file carried no result).
 */
public record GridCell(int row, int column, CellKind kind, String text, double number, String formula) {

    public static GridCell number(int row, int column, double number, String formula) {
        return new GridCell(row, column, CellKind.NUMBER, null, number, formula);
    }

    public static GridCell text(int row, int column, String text, String formula) {
        return new GridCell(row, column, CellKind.TEXT, text, 0, formula);
    }

    public static GridCell other(int row, int column, CellKind kind, String text, String formula) {
        return new GridCell(row, column, kind, text, 0, formula);
    }

    public boolean isFormula() {
        return formula != null;
    }

    /** The text a person sees in the cell. */
    public String display() {
        if (kind == CellKind.NUMBER) {
            return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return text == null ? "" : text;
    }
}
