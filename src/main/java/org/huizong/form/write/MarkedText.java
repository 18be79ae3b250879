package org.huizong.form.write;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph's text in pieces, each marked or not: what stands in 【】 is for the author to write or to remove, and
 * both renderings of a document set it apart (in red) from the text that stays.
 */
public record MarkedText(String text, boolean marked) {

    public static List<MarkedText> split(String text) {
        List<MarkedText> pieces = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('【', at);
            int close = open < 0 ? -1 : text.indexOf('】', open);
            if (open < 0 || close < 0) {
                pieces.add(new MarkedText(text.substring(at), false));
                break;
            }
            if (open > at) {
                pieces.add(new MarkedText(text.substring(at, open), false));
            }
            pieces.add(new MarkedText(text.substring(open, close + 1), true));
            at = close + 1;
        }
        return pieces;
    }
}
