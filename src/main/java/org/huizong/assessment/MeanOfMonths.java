package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.text.Messages;

/**
 * A year's ranking: each member's points per indicator are the mean of its points in the months it was ranked
 * (a unit active for part of the year is judged on those months), then ranked like a month.
 */
final class MeanOfMonths {

    private final AssessmentModel model;

    MeanOfMonths(AssessmentModel model) {
        this.model = model;
    }

    /** @param months each month's groups, in the order of {@code monthCodes} */
    List<GroupRanking> combine(List<String> monthCodes, List<List<GroupRanking>> months) {
        List<GroupRanking> year = new ArrayList<>();
        for (Group group : model.groups()) {
            Map<String, Subject> latest = new LinkedHashMap<>();
            Map<String, Map<String, List<String>>> monthly = new HashMap<>();
            Map<String, Map<String, BigDecimal>> sums = new HashMap<>();
            List<Indicator> indicators = null;
            for (int m = 0; m < months.size(); m++) {
                GroupRanking ranking = months.get(m).stream()
                        .filter(g -> g.group().equals(group))
                        .findFirst()
                        .orElseThrow();
                indicators = ranking.indicators();
                for (RankedSubject ranked : ranking.ranked()) {
                    String code = ranked.subject().code();
                    latest.put(code, ranked.subject());
                    for (IndicatorScore score : ranked.scores()) {
                        monthly.computeIfAbsent(code, k -> new HashMap<>())
                                .computeIfAbsent(score.indicator().name(), k -> new ArrayList<>())
                                .add(monthCodes.get(m) + " " + Numbers.text(score.points()));
                        sums.computeIfAbsent(code, k -> new HashMap<>())
                                .merge(score.indicator().name(), score.points(), BigDecimal::add);
                    }
                }
            }
            Map<Subject, List<IndicatorScore>> scores = new HashMap<>();
            for (Subject subject : latest.values()) {
                List<IndicatorScore> own = new ArrayList<>();
                for (Indicator indicator : indicators) {
                    List<String> each = monthly.get(subject.code()).get(indicator.name());
                    BigDecimal sum = sums.get(subject.code()).get(indicator.name());
                    BigDecimal mean = Numbers.divide(sum, BigDecimal.valueOf(each.size()));
                    own.add(new IndicatorScore(
                            indicator,
                            Numbers.kept(mean),
                            mean,
                            Messages.text(
                                    "assessment.score.months",
                                    String.join(Messages.text("assessment.score.months.separator"), each)),
                            Messages.text(
                                    "assessment.score.meanOfMonths",
                                    each.size(),
                                    Numbers.text(sum),
                                    Numbers.text(mean))));
                }
                scores.put(subject, own);
            }
            year.add(RankOrder.of(group, indicators, model.grades(), new ArrayList<>(latest.values()), scores));
        }
        return year;
    }
}
