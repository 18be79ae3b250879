package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huizong.text.Messages;

/** Scores the members of a group by the model's indicators and ranks them. */
final class RankingCalculator {

    private final AssessmentModel model;
    private final Set<String> itemCodes;
    private final Wording wording;

    /**
     * @param itemCodes the item codes of the form the values come from (a formula reading one needs data)
     * @param wording   how the working names the formulas' variables
     */
    RankingCalculator(AssessmentModel model, Set<String> itemCodes, Wording wording) {
        this.model = model;
        this.itemCodes = Set.copyOf(itemCodes);
        this.wording = wording;
    }

    GroupRanking rank(Group group, List<Subject> members) {
        List<Indicator> indicators =
                model.indicators().stream().filter(i -> i.appliesTo(group)).toList();
        Map<Indicator, BigDecimal> medians = new HashMap<>();
        for (Indicator indicator : indicators) {
            Formula value = indicator.method().groupValue();
            if (value != null) {
                medians.put(
                        indicator,
                        GroupMedian.median(members.stream()
                                .filter(Subject::hasData)
                                .map(m -> value.evaluate(m.bindings(indicator.increaseOfYtd())))
                                .toList()));
            }
        }
        Map<Subject, List<IndicatorScore>> scores = new HashMap<>();
        for (Subject member : members) {
            List<IndicatorScore> own = new ArrayList<>();
            for (Indicator indicator : indicators) {
                own.add(
                        indicator.meanOfUnits() && !member.units().isEmpty()
                                ? meanOfUnits(indicator, member)
                                : score(indicator, member, medians.get(indicator)));
            }
            scores.put(member, own);
        }
        return RankOrder.of(group, indicators, model.grades(), members, scores);
    }

    private IndicatorScore score(Indicator indicator, Subject subject, BigDecimal median) {
        ScoringMethod method = indicator.method();
        if (subject.missing()) {
            return fixed(
                    indicator,
                    indicator.missingPoints(),
                    Messages.text("assessment.score.missing", Numbers.text(indicator.missingPoints())));
        }
        boolean readsItems = method.formulas().stream().anyMatch(f -> f.readsItems(itemCodes));
        if (readsItems && !subject.hasData()) {
            return fixed(
                    indicator,
                    indicator.noDataPoints(),
                    Messages.text("assessment.score.noData", Numbers.text(indicator.noDataPoints())));
        }
        Map<String, BigDecimal> bindings = subject.bindings(indicator.increaseOfYtd());
        String inputs = inputs(indicator, subject, bindings);
        try {
            Scored scored = method.score(indicator.points(), bindings, median);
            return new IndicatorScore(
                    indicator, Numbers.kept(scored.points()), scored.raw(), inputs, wording.of(scored.working()));
        } catch (ArithmeticException e) {
            return new IndicatorScore(
                    indicator,
                    Numbers.kept(indicator.noDataPoints()),
                    null,
                    inputs,
                    Messages.text(
                            "assessment.score.notComputable", e.getMessage(), Numbers.text(indicator.noDataPoints())));
        }
    }

    /** A county's points as the mean of its units' points. */
    private IndicatorScore meanOfUnits(Indicator indicator, Subject county) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> each = new ArrayList<>();
        for (Subject unit : county.units()) {
            BigDecimal points = score(indicator, unit, null).points();
            sum = sum.add(points);
            each.add(unit.name() + " " + Numbers.text(points));
        }
        BigDecimal mean = Numbers.divide(sum, BigDecimal.valueOf(county.units().size()));
        return new IndicatorScore(
                indicator,
                Numbers.kept(mean),
                mean,
                Messages.text(
                        "assessment.score.units", String.join(Messages.text("assessment.score.units.separator"), each)),
                Messages.text(
                        "assessment.score.meanOfUnits",
                        county.units().size(),
                        Numbers.text(sum),
                        Numbers.equals(mean)));
    }

    private static IndicatorScore fixed(Indicator indicator, BigDecimal points, String working) {
        return new IndicatorScore(indicator, Numbers.kept(points), null, "", working);
    }

    /**
     * The values the formulas read, named in words; a year-to-date item's increase with both figures it comes from:
     * {@code 表四“行政复议·结果纠正” = 1（本期累计 5 − 本年此前累计 4）}.
     */
    private String inputs(Indicator indicator, Subject subject, Map<String, BigDecimal> bindings) {
        boolean increases = indicator.increaseOfYtd() && subject.increases() != null;
        return indicator.method().formulas().stream()
                .flatMap(f -> f.variables().stream())
                .distinct()
                .map(v -> {
                    String text = wording.name(v) + " = " + Numbers.text(bindings.getOrDefault(v, BigDecimal.ZERO));
                    if (increases && subject.increases().containsKey(v)) {
                        BigDecimal now = subject.values().getOrDefault(v, BigDecimal.ZERO);
                        text += Messages.text(
                                "assessment.score.increase",
                                Numbers.text(now),
                                Numbers.text(now.subtract(subject.increases().get(v))));
                    }
                    return text;
                })
                .collect(Collectors.joining(Messages.text("assessment.score.inputs.separator")));
    }
}
