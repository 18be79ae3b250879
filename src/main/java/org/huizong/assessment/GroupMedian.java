package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
        return "与组中位数比较：分值 × min(1, (" + value + ") / 组中位数)；中位数取本组有数据成员的中间值（偶数个取中间两值的平均），为 0 时计满分";
    }

    @Override
    public Scored score(BigDecimal points, Map<String, BigDecimal> bindings, BigDecimal groupMedian) {
        BigDecimal own = value.evaluate(bindings);
        if (groupMedian.signum() == 0) {
            return new Scored(own, points, "值 " + Numbers.text(own) + "，组中位数为 0：计满分 " + Numbers.text(points));
        }
        BigDecimal share = Numbers.clamp(Numbers.divide(own, groupMedian), BigDecimal.ZERO, BigDecimal.ONE);
        BigDecimal result = points.multiply(share);
        return new Scored(own, result, "值 " + Numbers.text(own) + "，组中位数 " + Numbers.text(groupMedian) + "；"
                + Numbers.text(points) + " × min(1, " + Numbers.text(own) + " / " + Numbers.text(groupMedian) + ")" + Numbers.equals(result));
    }

    /** The median of {@code values}: the middle one, or the mean of the two middle ones; 0 for none. */
    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : Numbers.divide(sorted.get(middle - 1).add(sorted.get(middle)), BigDecimal.valueOf(2));
    }
}
