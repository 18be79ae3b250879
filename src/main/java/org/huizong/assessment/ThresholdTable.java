package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.huizong.text.Messages;

/** Points from a table: the first step (highest minimum first) that the value reaches; below every step, 0. */
record ThresholdTable(Formula value, List<Step> steps) implements ScoringMethod {

    static final String CODE = "thresholds";

    /** At least {@code minimum} earns {@code points}. */
    record Step(BigDecimal minimum, BigDecimal points) {}

    ThresholdTable {
        steps = steps.stream()
                .sorted(Comparator.comparing(Step::minimum).reversed())
                .toList();
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
        String each = steps.stream()
                .map(s -> Messages.text(
                        "assessment.method.thresholds.step", Numbers.text(s.minimum()), Numbers.text(s.points())))
                .collect(java.util.stream.Collectors.joining(Messages.text("assessment.method.thresholds.separator")));
        return Messages.text("assessment.method.thresholds.describe", value, each);
    }

    @Override
    public Scored score(BigDecimal points, Map<String, BigDecimal> bindings, BigDecimal groupMedian) {
        BigDecimal own = value.evaluate(bindings);
        for (Step step : steps) {
            if (own.compareTo(step.minimum()) >= 0) {
                return new Scored(
                        own,
                        step.points(),
                        Messages.text(
                                "assessment.method.thresholds.reached",
                                Numbers.text(own),
                                Numbers.text(step.minimum()),
                                Numbers.text(step.points())));
            }
        }
        return new Scored(own, BigDecimal.ZERO, Messages.text("assessment.method.thresholds.none", Numbers.text(own)));
    }
}
