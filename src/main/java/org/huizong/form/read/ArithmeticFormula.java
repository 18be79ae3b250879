package org.huizong.form.read;

/**
 * Evaluates the formulas bureaus and their scripts write for totals — numbers, cell references (on the same or a
 * named sheet), {@code + - * /}, parentheses and {@code SUM} over cells and ranges — giving the same double the
 * workbook library gives. Anything else (other functions, text, comparison, intersection, an operation whose result
 * the library would turn into an error or a signed zero) is {@link Unsupported}, and the caller leaves the workbook
 * to the library.
 */
final class ArithmeticFormula {

    /** Where a formula's references get their values. */
    interface Cells {

        /** The value of one cell used in arithmetic: an empty cell is 0. */
        double value(String sheet, int row, int column) throws Unsupported;

        /** The total with the numbers of a range added one by one, row after row; empty cells add nothing. */
        double addRange(double total, String sheet, int firstRow, int firstColumn, int lastRow, int lastColumn)
                throws Unsupported;
    }

    /** A formula this evaluator does not cover exactly. */
    static class Unsupported extends Exception {

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    private final FormulaText text;
    private final Cells cells;

    private ArithmeticFormula(String text, Cells cells) {
        this.text = new FormulaText(text);
        this.cells = cells;
    }

    static double evaluate(String formula, Cells cells) throws Unsupported {
        ArithmeticFormula parser = new ArithmeticFormula(formula, cells);
        double result = parser.expression();
        parser.text.expectEnd();
        return result;
    }

    private double expression() throws Unsupported {
        double result = term();
        while (true) {
            if (text.consume('+')) {
                result = normalised(result + term());
            } else if (text.consume('-')) {
                result = checked(result - term());
            } else {
                return result;
            }
        }
    }

    private double term() throws Unsupported {
        double result = unary();
        while (true) {
            if (text.consume('*')) {
                result = normalised(result * unary());
            } else if (text.consume('/')) {
                double divisor = unary();
                if (divisor == 0) {
                    throw new Unsupported("division by zero");
                }
                result = normalised(result / divisor);
            } else {
                return result;
            }
        }
    }

    private double unary() throws Unsupported {
        if (text.consume('+')) {
            return unary();
        }
        if (text.consume('-')) {
            double operand = unary();
            if (operand == 0) {
                throw new Unsupported("negated zero");
            }
            return -operand;
        }
        return primary();
    }

    private double primary() throws Unsupported {
        char next = text.peek();
        if (text.consume('(')) {
            double inner = expression();
            text.expect(')');
            return inner;
        }
        if (Character.isDigit(next) || next == '.') {
            return checked(text.number());
        }
        int start = text.position();
        if (next != '\'' && text.word().equalsIgnoreCase("SUM") && text.nextIs('(')) {
            text.expect('(');
            return sum();
        }
        text.reset(start);
        FormulaText.Reference reference = text.reference();
        if (reference.isRange()) {
            throw new Unsupported("a range outside SUM");
        }
        return cells.value(reference.sheet(), reference.firstRow(), reference.firstColumn());
    }

    /**
     * The arguments of SUM after its '(', added one by one from 0 in their order, as the library adds them: a reference
     * or range adds its numbers, an expression its value.
     */
    private double sum() throws Unsupported {
        double total = 0;
        do {
            total = argument(total);
        } while (text.consume(','));
        text.expect(')');
        return checked(total);
    }

    private double argument(double total) throws Unsupported {
        int start = text.position();
        FormulaText.Reference reference = null;
        try {
            reference = text.reference();
        } catch (Unsupported notAReference) {
            // an expression, read below
        }
        char after = text.peek();
        if (reference != null && (after == ',' || after == ')')) {
            return cells.addRange(
                    total,
                    reference.sheet(),
                    reference.firstRow(),
                    reference.firstColumn(),
                    reference.lastRow(),
                    reference.lastColumn());
        }
        text.reset(start);
        return total + expression();
    }

    /** A result as the library keeps it: -0 becomes 0; NaN and infinity are errors there. */
    private static double normalised(double value) throws Unsupported {
        return value == 0 ? 0.0 : checked(value);
    }

    private static double checked(double value) throws Unsupported {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new Unsupported("not a finite number");
        }
        if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
            throw new Unsupported("negative zero");
        }
        return value;
    }
}
