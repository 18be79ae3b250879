package org.huizong.portal;

/**
 * User-supplied text made safe for a log line or an audit entry: control characters (CR and LF above all, which would
 * let a username forge log lines) and Unicode line separators are written as escapes ({@code \n}, {@code \u2028}), and
 * the text is cut to a length a line can bear.
 */
public final class LogText {

    private LogText() {}

    public static String escape(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength) + 8);
        for (int i = 0; i < text.length(); i++) {
            String piece = piece(text.charAt(i));
            if (out.length() + piece.length() > maxLength) {
                break;
            }
            out.append(piece);
        }
        return out.toString();
    }

    private static String piece(char c) {
        return switch (c) {
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\\' -> "\\\\";
            default ->
                Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c)
                        : String.valueOf(c);
        };
    }
}
