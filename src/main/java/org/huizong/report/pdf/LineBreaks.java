package org.huizong.report.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break, as typesetters do (避头尾): between any two characters, but never before a
 * closing mark (，。、）…), never after an opening one (（“…), and never inside a number or a Latin word.
 */
final class LineBreaks implements SplitCharacter {

    static final LineBreaks CHINESE = new LineBreaks();

    private static final String NEVER_FIRST = "，。、；：！？）】》」』”’%．,.;:!?)]";
    private static final String NEVER_LAST = "（【《「『“‘([";

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

    private static boolean latin(char c) {
        return c < 0x2E80 && (Character.isLetterOrDigit(c) || c == '.' || c == '%');
    }
}
