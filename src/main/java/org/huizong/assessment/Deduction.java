package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.huizong.text.Messages;

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
        String each = lines.stream()
                .map(l ->
                        Messages.text("assessment.method.deduction.line", l.what(), l.events(), Numbers.text(l.per())))
                .collect(java.util.stream.Collectors.joining(Messages.text("assessment.method.deduction.separator")));
        return Messages.text("assessment.method.deduction.describe", each, Numbers.text(floor));
    }

    @Override
    public Scored score(BigDecimal points, Map<String, BigDecimal> bindings, BigDecimal groupMedian) {
        BigDecimal deducted = BigDecimal.ZERO;
        StringBuilder working = new StringBuilder(Numbers.text(points));
        for (EventLine line : lines) {
            BigDecimal events = line.events().evaluate(bindings);
            deducted = deducted.add(line.per().multiply(events));
            working.append(" − ")
                    .append(Numbers.text(line.per()))
                    .append(" × ")
                    .append(Numbers.text(events))
                    .append(Messages.text("assessment.method.event", line.what()));
        }
        BigDecimal result = points.subtract(deducted).max(floor);
        working.append(" = ").append(Numbers.text(points.subtract(deducted)));
        if (result.compareTo(points.subtract(deducted)) != 0) {
            working.append(Messages.text("assessment.method.deduction.floor", Numbers.text(floor)));
        }
        return new Scored(deducted, result, working.toString());
    }
}
