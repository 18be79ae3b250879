package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
        return "按比例：分值 × (" + numerator + ") / (" + denominator + ")，比率在 0～1 之间；分母为 0 时计 "
                + Numbers.text(zeroDenominatorPoints) + " 分";
    }

    @Override
    public Scored score(BigDecimal points, Map<String, BigDecimal> bindings, BigDecimal groupMedian) {
        BigDecimal top = numerator.evaluate(bindings);
        BigDecimal bottom = denominator.evaluate(bindings);
        if (bottom.signum() == 0) {
            return new Scored(null, zeroDenominatorPoints.min(points),
                    "分母（" + denominator.source() + "）为 0，比率无从计算：按模型计 " + Numbers.text(zeroDenominatorPoints.min(points)) + " 分");
        }
        BigDecimal ratio = Numbers.divide(top, bottom);
        BigDecimal held = Numbers.clamp(ratio, BigDecimal.ZERO, BigDecimal.ONE);
        BigDecimal result = points.multiply(held);
        String fraction = Numbers.text(top) + " / " + Numbers.text(bottom);
        if (held.compareTo(ratio) != 0) {
            return new Scored(ratio, result, "比率 = " + fraction + Numbers.equals(ratio) + "，超出 0～1，按 " + Numbers.text(held) + " 计；"
                    + Numbers.text(points) + " × " + Numbers.text(held) + Numbers.equals(result));
        }
        return new Scored(ratio, result, "比率 = " + fraction + Numbers.equals(ratio) + "；" + Numbers.text(points) + " × " + fraction
                + Numbers.equals(result));
    }
}
