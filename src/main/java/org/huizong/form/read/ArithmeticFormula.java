package org.huizong.form.read;

/**
 * Evaluates the formulas bureaus and their scripts write for totals — numbers, cell references (on the same or a
 * named sheet), {@code + - * /}, parentheses and {@code SUM} over cells and ranges — giving the same double the
 * workbook library gives. Anything else (other functions, text, comparison, intersection, an operation whose result
 * the library would turn into an error or a signed zero) is {@link Unsupported}, and the caller leaves the workbook
 * to the library.
 */
final class ArithmeticFormula {

    private static final int MAX_ROWS = 1_048_576;
    private static final int MAX_COLUMNS = 16_384;

    /** Where a formula's references get their values. */
    interface Cells {

        /** The value of one cell used in arithmetic: an empty cell is 0. */
        double value(String sheet, int row, int column) throws Unsupported;

        /** The total with the numbers of a range added one by one, row after row; empty cells add nothing. */
        double addRange(double total, String sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) throws Unsupported;
    }

    /** A formula this evaluator does not cover exactly. */
    static final class Unsupported extends Exception {

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    private final String text;
    private final Cells cells;
    private int at;

    private ArithmeticFormula(String text, Cells cells) {
        this.text = text;
        this.cells = cells;
    }

    static double evaluate(String formula, Cells cells) throws Unsupported {
        ArithmeticFormula parser = new ArithmeticFormula(formula, cells);
        double result = parser.expression();
        parser.skipSpaces();
        if (parser.at != formula.length()) {
            throw new Unsupported("unexpected '" + formula.charAt(parser.at) + "' at " + parser.at);
        }
        return result;
    }

    private double expression() throws Unsupported {
        double result = term();
        while (true) {
            char operator = peek();
            if (operator == '+') {
                at++;
                result = normalised(result + term());
            } else if (operator == '-') {
                at++;
                result = checked(result - term());
            } else {
                return result;
            }
        }
    }

    private double term() throws Unsupported {
        double result = unary();
        while (true) {
            char operator = peek();
            if (operator == '*') {
                at++;
                result = normalised(result * unary());
            } else if (operator == '/') {
                at++;
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
        char sign = peek();
        if (sign == '+') {
            at++;
            return unary();
        }
        if (sign == '-') {
            at++;
            double operand = unary();
            if (operand == 0) {
                throw new Unsupported("negated zero");
            }
            return -operand;
        }
        return primary();
    }

    private double primary() throws Unsupported {
        char next = peek();
        if (next == '(') {
            at++;
            double inner = expression();
            expect(')');
            return inner;
        }
        if (Character.isDigit(next) || next == '.') {
            return number();
        }
        int start = at;
        if (next != '\'' && word().equalsIgnoreCase("SUM") && at < text.length() && text.charAt(at) == '(') {
            at++;
            return sum();
        }
        at = start;
        Reference reference = reference();
        if (reference.isRange()) {
            throw new Unsupported("a range outside SUM");
        }
        return cells.value(reference.sheet, reference.firstRow, reference.firstColumn);
    }

    /**
     * The arguments of SUM after its '(', added one by one from 0 in their order, as the library adds them: a reference
     * or range adds its numbers, an expression its value.
     */
    private double sum() throws Unsupported {
        double total = 0;
        do {
            total = argument(total);
        } while (consume(','));
        expect(')');
        return checked(total);
    }

    private double argument(double total) throws Unsupported {
        int start = at;
        Reference reference = null;
        try {
            reference = reference();
        } catch (Unsupported notAReference) {
            // an expression, read below
        }
        char after = peek();
        if (reference != null && (after == ',' || after == ')')) {
            return cells.addRange(total, reference.sheet, reference.firstRow, reference.firstColumn, reference.lastRow, reference.lastColumn);
        }
        at = start;
        return total + expression();
    }

    private double number() throws Unsupported {
        int start = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        if (at < text.length() && (text.charAt(at) == 'E' || text.charAt(at) == 'e')) {
            at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
        }
        try {
            return checked(Double.parseDouble(text.substring(start, at)));
        } catch (NumberFormatException e) {
            throw new Unsupported("number " + text.substring(start, at));
        }
    }

    private Reference reference() throws Unsupported {
        skipSpaces();
        String sheet = null;
        int start = at;
        if (at < text.length() && text.charAt(at) == '\'') {
            sheet = quotedSheet();
            expect('!');
        } else {
            String word = word();
            if (at < text.length() && text.charAt(at) == '!') {
                if (word.isEmpty()) {
                    throw new Unsupported("empty sheet name");
                }
                sheet = word;
                at++;
            } else {
                at = start;
            }
        }
        int[] first = cell();
        int[] last = first;
        if (at < text.length() && text.charAt(at) == ':') {
            at++;
            last = cell();
        }
        return new Reference(sheet, Math.min(first[0], last[0]), Math.min(first[1], last[1]),
                Math.max(first[0], last[0]), Math.max(first[1], last[1]));
    }

    private String quotedSheet() throws Unsupported {
        StringBuilder name = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c != '\'') {
                name.append(c);
            } else if (at < text.length() && text.charAt(at) == '\'') {
                name.append('\'');
                at++;
            } else {
                return name.toString();
            }
        }
        throw new Unsupported("unclosed sheet name");
    }

    /** {row, column} from 0 of an A1 reference, dollars allowed. */
    private int[] cell() throws Unsupported {
        consumeChar('$');
        int column = 0;
        int letters = 0;
        while (at < text.length() && isAsciiLetter(text.charAt(at)) && letters < 4) {
            column = column * 26 + (Character.toUpperCase(text.charAt(at++)) - 'A' + 1);
            letters++;
        }
        consumeChar('$');
        int row = 0;
        int digits = 0;
        while (at < text.length() && Character.isDigit(text.charAt(at)) && digits < 8) {
            row = row * 10 + (text.charAt(at++) - '0');
            digits++;
        }
        if (letters == 0 || digits == 0 || column > MAX_COLUMNS || row < 1 || row > MAX_ROWS
                || (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'))) {
            throw new Unsupported("not a cell reference at " + at);
        }
        return new int[] {row - 1, column - 1};
    }

    /** Letters, digits, '_' and '.' from here: a function name, or a sheet name written without quotes. */
    private String word() {
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                break;
            }
            at++;
        }
        return text.substring(start, at);
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

    private char peek() {
        skipSpaces();
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private boolean consume(char expected) {
        if (peek() == expected) {
            at++;
            return true;
        }
        return false;
    }

    private void consumeChar(char expected) {
        if (at < text.length() && text.charAt(at) == expected) {
            at++;
        }
    }

    private void expect(char expected) throws Unsupported {
        if (!consume(expected)) {
            throw new Unsupported("expected '" + expected + "' at " + at);
        }
    }

    private void skipSpaces() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private record Reference(String sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {

        boolean isRange() {
            return firstRow != lastRow || firstColumn != lastColumn;
        }
    }
}
