package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Puts scored members in order: score = the sum of the indicator points (each kept to four places), highest first;
 * equal scores share a rank and the next rank counts them (1, 2, 2, 4); equal scores are listed by code.
 */
final class RankOrder {

    private RankOrder() {}

    static GroupRanking of(
            Group group,
            List<Indicator> indicators,
            GradeScale grades,
            List<Subject> members,
            Map<Subject, List<IndicatorScore>> scores) {
        List<Subject> ordered = new ArrayList<>(members);
        Map<Subject, BigDecimal> totals = new java.util.HashMap<>();
        members.forEach(m -> totals.put(
                m, scores.get(m).stream().map(IndicatorScore::points).reduce(BigDecimal.ZERO, BigDecimal::add)));
        ordered.sort(
                Comparator.comparing((Subject m) -> totals.get(m)).reversed().thenComparing(Subject::code));
        List<RankedSubject> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Subject member = ordered.get(i);
            BigDecimal score = totals.get(member);
            int rank = i > 0 && ranked.get(i - 1).score().compareTo(score) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new RankedSubject(member, rank, score, grades.of(score), scores.get(member), null));
        }
        return new GroupRanking(group, indicators, ranked);
    }
}
