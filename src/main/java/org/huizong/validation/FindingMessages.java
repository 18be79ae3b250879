package org.huizong.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.huizong.form.PlainNumber;

/** The Chinese finding messages of {@code messages.properties}, one template per rule and variant. */
public final class FindingMessages {

    private final ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.SIMPLIFIED_CHINESE);

    /** The message for a key; every argument is shown as given (numbers are passed pre-formatted). */
    public String format(String key, Object... arguments) {
        String template;
        try {
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
            template = bundle.getString("finding.identity.generic");
        }
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] instanceof java.math.BigDecimal number ? PlainNumber.format(number) : String.valueOf(arguments[i]);
        }
        return new MessageFormat(template, Locale.SIMPLIFIED_CHINESE).format(texts);
    }
}
