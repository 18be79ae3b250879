package org.huizong.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.huizong.form.PlainNumber;

/** The arithmetic conventions of the ranking: decimal division, points kept to four places, plain display. */
final class Numbers {

    static final MathContext CONTEXT = MathContext.DECIMAL64;
    /** Points and scores are kept to this many decimal places; displays round further to two. */
    static final int SCALE = 4;

    private Numbers() {}

    static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, CONTEXT);
    }

    static BigDecimal kept(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** Four places at most, trailing zeros dropped: {@code 13.5}, {@code 0.3333}. */
    static String text(BigDecimal value) {
        return PlainNumber.format(kept(value));
    }

    /**
     * {@code " = 12.5"} when the value shows exactly, {@code " ≈ 12.3529"} when it is rounded to four places: a working
     * line is true as printed.
     */
    static String equals(BigDecimal value) {
        return (kept(value).compareTo(value) == 0 ? " = " : " ≈ ") + text(value);
    }

    static BigDecimal clamp(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value.max(low).min(high);
    }
}
