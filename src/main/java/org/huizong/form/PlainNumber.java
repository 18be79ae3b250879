package org.huizong.form;

import java.math.BigDecimal;

/** Numbers as people and CSV readers expect them: {@code 12}, {@code 3.5}; never {@code 12.0} or {@code 1E+1}. */
public final class PlainNumber {

    private PlainNumber() {}

    public static String format(BigDecimal number) {
        if (number == null) {
            return "";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
