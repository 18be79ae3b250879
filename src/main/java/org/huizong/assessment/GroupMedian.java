package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.huizong.text.Messages;

/**
 * Points against the group's median: points × min(1, value / median). The median is taken over the group's members
 * that have data (the mean of the two middle values for an even count); a median of 0 gives every member full points.
 */
record GroupMedian(Formula value) implements ScoringMethod {

    static final String CODE = "group-median";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Formula> formulas() {
        return List.of(value);
    }

    @Override
    public Formula groupValue() {
        return value;
    }

    @Override
    public String describe() {
        return Messages.text("assessment.method.groupMedian.describe", value);
    }

    @Override
    public Scored score(BigDecimal points, Map<String, BigDecimal> bindings, BigDecimal groupMedian) {
        BigDecimal own = value.evaluate(bindings);
        if (groupMedian.signum() == 0) {
            return new Scored(
                    own,
                    points,
                    Messages.text("assessment.method.groupMedian.zeroMedian", Numbers.text(own), Numbers.text(points)));
        }
        BigDecimal share = Numbers.clamp(Numbers.divide(own, groupMedian), BigDecimal.ZERO, BigDecimal.ONE);
        BigDecimal result = points.multiply(share);
        return new Scored(
                own,
                result,
                Messages.text(
                        "assessment.method.groupMedian.working",
                        Numbers.text(own),
                        Numbers.text(groupMedian),
                        Numbers.text(points),
                        Numbers.equals(result)));
    }

    /** The median of {@code values}: the middle one, or the mean of the two middle ones; 0 for none. */
    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle)
                : Numbers.divide(sorted.get(middle - 1).add(sorted.get(middle)), BigDecimal.valueOf(2));
    }
}
