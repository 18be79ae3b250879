package org.huizong.portal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's Chinese messages from {@code messages.properties} ({@code portal.*}): a missing key is a broken build,
 * not a blank on a page, so it throws.
 */
public final class PortalMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.SIMPLIFIED_CHINESE);

    private PortalMessages() {
    }

    /** The message of {@code portal.<key>} with its arguments, each shown as given. */
    public static String get(String key, Object... arguments) {
        String template = BUNDLE.getString("portal." + key);
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(template, Locale.SIMPLIFIED_CHINESE).format(texts);
    }
}
