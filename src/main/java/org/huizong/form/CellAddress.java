package org.huizong.form;

/** A zero-based cell position, shown to people as an A1 address ({@code H12}). */
public record CellAddress(int row, int column) {

    public String a1() {
        return columnLetters(column) + (row + 1);
    }

    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    public static CellAddress parse(String a1) {
        int i = 0;
        int column = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
            i++;
        }
        return new CellAddress(Integer.parseInt(a1.substring(i)) - 1, column - 1);
    }
}
