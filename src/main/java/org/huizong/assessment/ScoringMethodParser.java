package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.huizong.form.YamlNode;
import org.huizong.text.Messages;

/** Reads one indicator's {@code method} and the keys that method needs. */
final class ScoringMethodParser {

    private final Set<String> known;

    ScoringMethodParser(Set<String> known) {
        this.known = known;
    }

    ScoringMethod parse(YamlNode node) {
        String method = node.optionalText("method");
        if (method == null) {
            throw new IllegalArgumentException(Messages.text("assessment.model.noMethod"));
        }
        return switch (method) {
            case Deduction.CODE ->
                new Deduction(lines(node, "deductions"), AssessmentModelParser.decimal(node, "floor", BigDecimal.ZERO));
            case Bonus.CODE -> new Bonus(lines(node, "bonuses"));
            case LinearRatio.CODE ->
                new LinearRatio(
                        formula(node, "numerator"),
                        formula(node, "denominator"),
                        AssessmentModelParser.decimal(node, "zero-denominator", BigDecimal.ZERO));
            case GroupMedian.CODE -> new GroupMedian(formula(node, "value"));
            case ThresholdTable.CODE -> new ThresholdTable(formula(node, "value"), steps(node));
            default ->
                throw new IllegalArgumentException(Messages.text(
                        "assessment.model.unknownMethod",
                        method,
                        Deduction.CODE,
                        Bonus.CODE,
                        LinearRatio.CODE,
                        GroupMedian.CODE,
                        ThresholdTable.CODE));
        };
    }

    private List<ScoringMethod.EventLine> lines(YamlNode node, String key) {
        List<ScoringMethod.EventLine> lines = new ArrayList<>();
        for (YamlNode line : node.nodes(key)) {
            BigDecimal per = AssessmentModelParser.decimal(line, "per", null);
            if (per == null || per.signum() < 0) {
                throw new IllegalArgumentException(Messages.text("assessment.model.negativePer", key));
            }
            String what = line.optionalText("what");
            lines.add(new ScoringMethod.EventLine(
                    what == null ? line.text("events") : what, formula(line, "events"), per));
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("assessment.model.missingKey", key));
        }
        return lines;
    }

    private List<ThresholdTable.Step> steps(YamlNode node) {
        List<ThresholdTable.Step> steps = new ArrayList<>();
        for (YamlNode step : node.nodes("steps")) {
            steps.add(new ThresholdTable.Step(
                    AssessmentModelParser.decimal(step, "min", null),
                    AssessmentModelParser.decimal(step, "points", null)));
        }
        if (steps.isEmpty() || steps.stream().anyMatch(s -> s.minimum() == null || s.points() == null)) {
            throw new IllegalArgumentException(Messages.text("assessment.model.steps"));
        }
        return steps;
    }

    private Formula formula(YamlNode node, String key) {
        String source = node.optionalText(key);
        if (source == null) {
            throw new IllegalArgumentException(Messages.text("assessment.model.missingFormula", key));
        }
        return Formula.parse(source, known);
    }
}
