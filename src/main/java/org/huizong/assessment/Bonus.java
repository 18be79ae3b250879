package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** So much per event (an award, a model case), up to the indicator's points as the cap. */
record Bonus(List<EventLine> lines) implements ScoringMethod {

    static final String CODE = "bonus";

    Bonus {
        lines = List.copyOf(lines);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Formula> formulas() {
        return lines.stream().map(EventLine::events).toList();
    }

    @Override
    public String describe() {
        return "加分：" + lines.stream().map(l -> "每 1 个“" + l.what() + "”（" + l.events() + "）加 " + Numbers.text(l.per()) + " 分")
                .collect(java.util.stream.Collectors.joining("；")) + "；不超过指标分值";
    }

    @Override
    public Scored score(BigDecimal points, Map<String, BigDecimal> bindings, BigDecimal groupMedian) {
        BigDecimal earned = BigDecimal.ZERO;
        StringBuilder working = new StringBuilder();
        for (EventLine line : lines) {
            BigDecimal events = line.events().evaluate(bindings);
            earned = earned.add(line.per().multiply(events));
            working.append(working.isEmpty() ? "" : " + ").append(Numbers.text(line.per())).append(" × ")
                    .append(Numbers.text(events)).append("（").append(line.what()).append("）");
        }
        BigDecimal result = earned.max(BigDecimal.ZERO).min(points);
        working.append(" = ").append(Numbers.text(earned)).append("，上限 ").append(Numbers.text(points)).append(" 分");
        return new Scored(earned, result, working.toString());
    }
}
