package org.huizong.report;

import java.math.BigDecimal;
import java.math.MathContext;

/** An indicator for one scope and period: its summed numerator and, for a ratio, its summed denominator. */
public record IndicatorValue(BigDecimal numerator, BigDecimal denominator) {

    public boolean isRatio() {
        return denominator != null;
    }

    public boolean hasZeroDenominator() {
        return isRatio() && denominator.signum() == 0;
    }

    /** The count, or the ratio as a fraction; null for a ratio whose denominator is zero. */
    public Double value() {
        if (!isRatio()) {
            return numerator.doubleValue();
        }
        return hasZeroDenominator()
                ? null
                : numerator.divide(denominator, MathContext.DECIMAL64).doubleValue();
    }
}
