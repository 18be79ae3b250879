package org.huizong.form.read;

import java.math.BigDecimal;

/** A value cell understood: the number (null when not accepted), how it was understood, and what was written. */
public record ParsedValue(BigDecimal value, ValueOutcome outcome, String written) {

    public ParsedValue {
        if (outcome.isAccepted() && value == null) {
            throw new IllegalArgumentException("an accepted value needs a number");
        }
    }
}
