package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.huizong.text.Messages;

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
        String each = lines.stream()
                .map(l -> Messages.text("assessment.method.bonus.line", l.what(), l.events(), Numbers.text(l.per())))
                .collect(java.util.stream.Collectors.joining(Messages.text("assessment.method.bonus.separator")));
        return Messages.text("assessment.method.bonus.describe", each);
    }

    @Override
    public Scored score(BigDecimal points, Map<String, BigDecimal> bindings, BigDecimal groupMedian) {
        BigDecimal earned = BigDecimal.ZERO;
        StringBuilder working = new StringBuilder();
        for (EventLine line : lines) {
            BigDecimal events = line.events().evaluate(bindings);
            earned = earned.add(line.per().multiply(events));
            working.append(working.isEmpty() ? "" : " + ")
                    .append(Numbers.text(line.per()))
                    .append(" × ")
                    .append(Numbers.text(events))
                    .append(Messages.text("assessment.method.event", line.what()));
        }
        BigDecimal result = earned.max(BigDecimal.ZERO).min(points);
        working.append(" = ")
                .append(Numbers.text(earned))
                .append(Messages.text("assessment.method.bonus.cap", Numbers.text(points)));
        return new Scored(earned, result, working.toString());
    }
}
