package org.huizong.assessment;

import java.math.BigDecimal;

/**
 * One indicator's points for one subject, and how they came about.
 *
 * @param raw      the method's raw value (a ratio, a count, the points deducted); null when there is none
 * @param inputs   the values the formulas read, {@code T3.R24.C7 = 45；T3.R01.C7 = 40}
 * @param working  the computation in words
 */
record IndicatorScore(Indicator indicator, BigDecimal points, BigDecimal raw, String inputs, String working) {}
