package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Full points less so much per event (per day late, per error), never below the floor. */
record Deduction(List<EventLine> lines, BigDecimal floor) implements ScoringMethod {

    static final String CODE = "deduction";

    Deduction {
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
        return "扣分：" + lines.stream().map(l -> "每 1 个“" + l.what() + "”（" + l.events() + "）扣 " + Numbers.text(l.per()) + " 分")
                .collect(java.util.stream.Collectors.joining("；")) + "；最低 " + Numbers.text(floor) + " 分";
    }

    @Override
    public Scored score(BigDecimal points, Map<String, BigDecimal> bindings, BigDecimal groupMedian) {
        BigDecimal deducted = BigDecimal.ZERO;
        StringBuilder working = new StringBuilder(Numbers.text(points));
        for (EventLine line : lines) {
            BigDecimal events = line.events().evaluate(bindings);
            deducted = deducted.add(line.per().multiply(events));
            working.append(" − ").append(Numbers.text(line.per())).append(" × ").append(Numbers.text(events))
                    .append("（").append(line.what()).append("）");
        }
        BigDecimal result = points.subtract(deducted).max(floor);
        working.append(" = ").append(Numbers.text(points.subtract(deducted)));
        if (result.compareTo(points.subtract(deducted)) != 0) {
            working.append("，不低于 ").append(Numbers.text(floor)).append(" 分");
        }
        return new Scored(deducted, result, working.toString());
    }
}
