package org.huizong.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Chinese texts of {@code messages.properties}. A missing key throws: a text that is not in the bundle is a broken
 * build, never a blank or an English key on a page, a report or a terminal ({@code MessageKeysTest} finds them first).
 * Every argument is shown as given, so numbers and dates reach the text formatted by their caller, never by
 * {@link MessageFormat}'s locale rules.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.SIMPLIFIED_CHINESE);

    private Messages() {}

    /** The text of {@code key}, its {@code {n}} placeholders filled with the arguments as given. */
    public static String text(String key, Object... arguments) {
        String template = BUNDLE.getString(key);
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(template, Locale.SIMPLIFIED_CHINESE).format(texts);
    }

    /** Whether the bundle has {@code key}: for texts chosen by data (a form's own rule), which may fall back. */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
