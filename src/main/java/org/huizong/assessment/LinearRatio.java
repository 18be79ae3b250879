package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.huizong.text.Messages;

/**
 * Points in proportion to a ratio of summed figures (办结率): points × numerator / denominator, the ratio held within
 * 0..1. A zero denominator (no applications at all) is not a ratio: it gives the points the model names for it.
 */
record LinearRatio(Formula numerator, Formula denominator, BigDecimal zeroDenominatorPoints) implements ScoringMethod {

    static final String CODE = "linear";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Formula> formulas() {
        return List.of(numerator, denominator);
    }

    @Override
    public String describe() {
        return Messages.text(
                "assessment.method.linearRatio.describe", numerator, denominator, Numbers.text(zeroDenominatorPoints));
    }

    @Override
    public Scored score(BigDecimal points, Map<String, BigDecimal> bindings, BigDecimal groupMedian) {
        BigDecimal top = numerator.evaluate(bindings);
        BigDecimal bottom = denominator.evaluate(bindings);
        if (bottom.signum() == 0) {
            return new Scored(
                    null,
                    zeroDenominatorPoints.min(points),
                    Messages.text(
                            "assessment.method.linearRatio.zeroDenominator",
                            denominator.source(),
                            Numbers.text(zeroDenominatorPoints.min(points))));
        }
        BigDecimal ratio = Numbers.divide(top, bottom);
        BigDecimal held = Numbers.clamp(ratio, BigDecimal.ZERO, BigDecimal.ONE);
        BigDecimal result = points.multiply(held);
        String fraction = Numbers.text(top) + " / " + Numbers.text(bottom);
        if (held.compareTo(ratio) != 0) {
            return new Scored(
                    ratio,
                    result,
                    Messages.text(
                            "assessment.method.linearRatio.held",
                            fraction,
                            Numbers.equals(ratio),
                            Numbers.text(held),
                            Numbers.text(points),
                            Numbers.equals(result)));
        }
        return new Scored(
                ratio,
                result,
                Messages.text(
                        "assessment.method.linearRatio.working",
                        fraction,
                        Numbers.equals(ratio),
                        Numbers.text(points),
                        Numbers.equals(result)));
    }
}
