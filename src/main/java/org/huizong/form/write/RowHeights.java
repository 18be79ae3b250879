package org.huizong.form.write;

/**
 * How tall a row must be for wrapped text to show whole, worked out from the text and the column width, since a
 * workbook written by a program has no row heights until an office program lays it out (and LibreOffice keeps the
 * default height, so the text overprints the row below).
 */
public final class RowHeights {

    /** The height of one line of 11-point text, in points. */
    public static final double POINTS_PER_LINE = 15;

    private RowHeights() {}

    /** How many lines {@code text} takes in a column {@code width} characters wide (a Chinese character counts two). */
    public static int lines(String text, int width) {
        if (width <= 0) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                units += paragraph.charAt(i) < 0x2E80 ? 1 : 2;
            }
            lines += Math.max(1, (int) Math.ceil(units / (double) Math.max(1, width - 1)));
        }
        return Math.max(1, lines);
    }
}
