package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** How an indicator turns one subject's inputs into points; the five methods of the assessment model. */
sealed interface ScoringMethod permits Deduction, Bonus, LinearRatio, GroupMedian, ThresholdTable {

    /** The method's name in the model file. */
    String code();

    /** Every formula the method evaluates. */
    List<Formula> formulas();

    /**
     * The points out of {@code points} for a subject with these bindings.
     *
     * @param groupMedian the median of {@link #groupValue()} over the group, when the method has one
     * @throws ArithmeticException when a formula cannot be computed
     */
    Scored score(BigDecimal points, Map<String, BigDecimal> bindings, BigDecimal groupMedian);

    /** The rule in words, for the report's notes: {@code 每项“迟报天数”扣 3 分，最低 0 分}. */
    String describe();

    /** The formula whose group median the method needs, or null. */
    default Formula groupValue() {
        return null;
    }

    /** The highest points the method can give for an indicator of {@code points}. */
    default BigDecimal maximum(BigDecimal points) {
        return points;
    }

    /** A count of events and what each one deducts or adds: {@code 3 per day late}. */
    record EventLine(String what, Formula events, BigDecimal per) {}
}
