package org.huizong.output.pdf;

/**
 * How a label too long for its table cell is broken: into lines of even length (结果维持 → 结果 / 维持, never 结果维 /
 * 持), before a bracketed part when there is one (咨询 / （人次）), and never with a closing mark at the start of a
 * line or an opening one at its end.
 */
final class CellLines {

    private static final String NEVER_FIRST = "，。、；：！？）】》」』”’%．,.;:!?)]";
    private static final String NEVER_LAST = "（【《「『“‘([";

    private CellLines() {}

    /** The text with line feeds so that no line is longer than {@code room} characters (a Latin letter counts half). */
    static String balanced(String text, int room) {
        if (text.contains("\n") || room <= 0 || width(text) <= room) {
            return text;
        }
        int bracket = text.indexOf('（');
        if (bracket > 0 && width(text.substring(0, bracket)) <= room && width(text.substring(bracket)) <= room) {
            return text.substring(0, bracket) + "\n" + text.substring(bracket);
        }
        int lines = (int) Math.ceil(width(text) / room);
        double per = Math.min(room, width(text) / lines + 0.5);
        StringBuilder out = new StringBuilder();
        double line = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            double w = c < 0x2E80 ? 0.5 : 1;
            boolean breakable = i > 0
                    && NEVER_FIRST.indexOf(c) < 0
                    && NEVER_LAST.indexOf(text.charAt(i - 1)) < 0
                    && !(latin(c) && latin(text.charAt(i - 1)));
            if (line + w > per + 0.01 && breakable && line > 0) {
                out.append('\n');
                line = 0;
            }
            out.append(c);
            line += w;
        }
        return out.toString();
    }

    private static double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 0.5 : 1;
        }
        return width;
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
