package org.huizong.form.read;

import org.huizong.form.read.ArithmeticFormula.Unsupported;

/**
 * The text of a formula read token by token for {@link ArithmeticFormula}: spaces between tokens, numbers, names,
 * and cell or range references with an optional sheet ({@code B5}, {@code $B$5:C9}, {@code 表二!B5},
 * {@code 'Sheet ''two'''!B5}).
 */
final class FormulaText {

    private static final int MAX_ROWS = 1_048_576;
    private static final int MAX_COLUMNS = 16_384;

    /** A cell or a range, corners ordered; {@code sheet} null for the formula's own sheet. */
    record Reference(String sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {

        boolean isRange() {
            return firstRow != lastRow || firstColumn != lastColumn;
        }
    }

    private final String text;
    private int at;

    FormulaText(String text) {
        this.text = text;
    }

    int position() {
        return at;
    }

    /** Goes back to a position read before, to read the text there another way. */
    void reset(int position) {
        at = position;
    }

    /** The next character after any spaces, or '\0' at the end. */
    char peek() {
        skipSpaces();
        return at < text.length() ? text.charAt(at) : '\0';
    }

    /** Steps over the next character after any spaces when it is this one. */
    boolean consume(char expected) {
        if (peek() == expected) {
            at++;
            return true;
        }
        return false;
    }

    void expect(char expected) throws Unsupported {
        if (!consume(expected)) {
            throw new Unsupported("expected '" + expected + "' at " + at);
        }
    }

    /** Whether the very next character, with no space before it, is this one. */
    boolean nextIs(char expected) {
        return at < text.length() && text.charAt(at) == expected;
    }

    void expectEnd() throws Unsupported {
        skipSpaces();
        if (at != text.length()) {
            throw new Unsupported("unexpected '" + text.charAt(at) + "' at " + at);
        }
    }

    /** Letters, digits, '_' and '.' from here: a function name, or a sheet name written without quotes. */
    String word() {
        int start = at;
        while (at < text.length()
                && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '.')) {
            at++;
        }
        return text.substring(start, at);
    }

    /** A number written in the formula: digits, a point, an exponent. */
    double number() throws Unsupported {
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
            return Double.parseDouble(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw new Unsupported("number " + text.substring(start, at));
        }
    }

    Reference reference() throws Unsupported {
        skipSpaces();
        String sheet = null;
        int start = at;
        if (nextIs('\'')) {
            sheet = quotedSheet();
            expect('!');
        } else {
            String word = word();
            if (nextIs('!')) {
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
        if (nextIs(':')) {
            at++;
            last = cell();
        }
        return new Reference(
                sheet,
                Math.min(first[0], last[0]),
                Math.min(first[1], last[1]),
                Math.max(first[0], last[0]),
                Math.max(first[1], last[1]));
    }

    private String quotedSheet() throws Unsupported {
        StringBuilder name = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c != '\'') {
                name.append(c);
            } else if (nextIs('\'')) {
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
        skipDollar();
        int column = 0;
        int letters = 0;
        while (at < text.length() && isAsciiLetter(text.charAt(at)) && letters < 4) {
            column = column * 26 + (Character.toUpperCase(text.charAt(at++)) - 'A' + 1);
            letters++;
        }
        skipDollar();
        int row = 0;
        int digits = 0;
        while (at < text.length() && Character.isDigit(text.charAt(at)) && digits < 8) {
            row = row * 10 + (text.charAt(at++) - '0');
            digits++;
        }
        if (letters == 0
                || digits == 0
                || column > MAX_COLUMNS
                || row < 1
                || row > MAX_ROWS
                || (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'))) {
            throw new Unsupported("not a cell reference at " + at);
        }
        return new int[] {row - 1, column - 1};
    }

    private void skipDollar() {
        if (nextIs('$')) {
            at++;
        }
    }

    private void skipSpaces() {
        while (nextIs(' ')) {
            at++;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
