package org.huizong.output.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break, as typesetters do (避头尾): between any two characters, but never before a
 * closing mark (，。、）…), never after an opening one (（“…), and never inside a number or a Latin word.
 */
final class LineBreaks implements SplitCharacter {

    static final LineBreaks CHINESE = new LineBreaks();

    static final String NEVER_FIRST = "，。、；：！？）】》」』”’%．,.;:!?)]";
    static final String NEVER_LAST = "（【《「『“‘([";

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] text, PdfChunk[] chunks) {
        char here = text[current];
        if (current + 1 >= end) {
            return true;
        }
        char next = text[current + 1];
        if (NEVER_FIRST.indexOf(next) >= 0 || NEVER_LAST.indexOf(here) >= 0) {
            return false;
        }
        return here == ' ' || !(latin(here) && latin(next));
    }

    /**
     * The text with a line feed wherever a line of {@code width} points in a font of {@code size} points must end, by
     * the same rules: for a renderer that breaks lines by rules of its own (JasperReports puts a comma at the start of
     * a line). A Chinese character takes the font's size, a Latin letter or digit a little over half of it; a line is
     * filled to a little less than the width, so that the renderer never needs to break it again.
     */
    static String wrapped(String text, float width, float size) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(wrappedParagraph(paragraph, width * 0.96f / size));
        }
        return out.toString();
    }

    private static String wrappedParagraph(String text, float room) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            float used = 0;
            int end = start;
            while (end < text.length() && used + advance(text.charAt(end)) <= room) {
                used += advance(text.charAt(end));
                end++;
            }
            if (end < text.length()) {
                int cut = end;
                while (cut > start + 1
                        && (NEVER_FIRST.indexOf(text.charAt(cut)) >= 0
                                || NEVER_LAST.indexOf(text.charAt(cut - 1)) >= 0
                                || latin(text.charAt(cut)) && latin(text.charAt(cut - 1)))) {
                    cut--;
                }
                end = cut > start + 1 ? cut : end;
            }
            out.append(text, start, end);
            if (end < text.length()) {
                out.append('\n');
            }
            start = end;
        }
        return out.toString();
    }

    /** The width of a character in ems, a little generous for Latin ones. */
    private static float advance(char c) {
        if (c >= 0x2E80) {
            return 1f;
        }
        return c == ' ' ? 0.3f : c == '%' ? 0.9f : 0.62f;
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && (Character.isLetterOrDigit(c) || c == '.' || c == '%');
    }
}
