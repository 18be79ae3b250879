package org.huizong.form.read;

/**
 * One non-empty cell as found in a workbook: a number, or text, or an error; {@code formula} is set when the value
 * came from a formula. {@code computed} tells a formula's result worked out by the reader (the file carried none, or
 * declared its results stale) from the result the file saved.
 */
public record GridCell(
        int row, int column, CellKind kind, String text, double number, String formula, boolean computed) {

    public static GridCell number(int row, int column, double number, String formula) {
        return new GridCell(row, column, CellKind.NUMBER, null, number, formula, false);
    }

    public static GridCell text(int row, int column, String text, String formula) {
        return new GridCell(row, column, CellKind.TEXT, text, 0, formula, false);
    }

    public static GridCell other(int row, int column, CellKind kind, String text, String formula) {
        return new GridCell(row, column, kind, text, 0, formula, false);
    }

    /** A formula's result worked out by the reader. */
    public static GridCell computed(int row, int column, CellKind kind, String text, double number, String formula) {
        return new GridCell(row, column, kind, text, number, formula, true);
    }

    /** A formula the reader had to work out and could not. */
    public static GridCell failed(int row, int column, FormulaFailure failure, String formula) {
        return new GridCell(row, column, CellKind.UNEVALUATED, failure.name(), 0, formula, true);
    }

    /** Why the formula of an {@link CellKind#UNEVALUATED} cell could not be worked out. */
    public FormulaFailure failure() {
        return kind == CellKind.UNEVALUATED ? FormulaFailure.valueOf(text) : null;
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
