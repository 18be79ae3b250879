package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Points from a table: the first step (highest minimum first) that the value reaches; below every step, 0. */
record ThresholdTable(Formula value, List<Step> steps) implements ScoringMethod {

    static final String CODE = "thresholds";

    /** At least {@code minimum} earns {@code points}. */
    record Step(BigDecimal minimum, BigDecimal points) {
    }

    ThresholdTable {
        steps = steps.stream().sorted(Comparator.comparing(Step::minimum).reversed()).toList();
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Formula> formulas() {
        return List.of(value);
    }

    @Override
    public BigDecimal maximum(BigDecimal points) {
        return steps.stream().map(Step::points).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    }

    @Override
    public String describe() {
        return "分档：(" + value + ") " + steps.stream().map(s -> "≥ " + Numbers.text(s.minimum()) + " 计 " + Numbers.text(s.points()) + " 分")
                .collect(java.util.stream.Collectors.joining("，")) + "，否则 0 分";
    }

    @Override
    public Scored score(BigDecimal points, Map<String, BigDecimal> bindings, BigDecimal groupMedian) {
        BigDecimal own = value.evaluate(bindings);
        for (Step step : steps) {
            if (own.compareTo(step.minimum()) >= 0) {
                return new Scored(own, step.points(), "值 " + Numbers.text(own) + " ≥ " + Numbers.text(step.minimum()) + "：计 "
                        + Numbers.text(step.points()) + " 分");
            }
        }
        return new Scored(own, BigDecimal.ZERO, "值 " + Numbers.text(own) + " 未达到任何档次：计 0 分");
    }
}
