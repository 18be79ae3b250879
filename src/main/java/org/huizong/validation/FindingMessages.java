package org.huizong.validation;

import java.math.BigDecimal;
import org.huizong.form.PlainNumber;
import org.huizong.text.Messages;

/** The Chinese finding messages of {@code messages.properties}, one template per rule and variant. */
public final class FindingMessages {

    /** The wording of a sum rule a form defines without a text of its own. */
    static final String GENERIC_IDENTITY = "finding.identity.generic";

    /** The message for a key, which must exist; every argument is shown as given (numbers plainly, never grouped). */
    public String format(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] instanceof BigDecimal number ? PlainNumber.format(number) : arguments[i];
        }
        return Messages.text(key, texts);
    }

    /** The message of a sum rule a form defines: its own wording when the bundle has one, the generic one otherwise. */
    String formatIdentity(String rule, Object... arguments) {
        String key = "finding." + rule;
        return format(Messages.has(key) ? key : GENERIC_IDENTITY, arguments);
    }
}
