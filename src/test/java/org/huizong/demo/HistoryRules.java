package org.huizong.demo;

import static org.huizong.demo.GiaMItems.t3;
import static org.huizong.demo.GiaMItems.t3Column;
import static org.huizong.demo.GiaMItems.t3Row;
import static org.huizong.demo.GiaMItems.t4;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/** The rules across periods (P-CARRY, P-STOCK, P-YTD, P-SAME, P-OUTLIER, P-FEE-UNIT) for one submission. */
final class HistoryRules {

    private static final BigDecimal FEE_FACTOR = BigDecimal.valueOf(1000);

    private HistoryRules() {}

    /**
     * @param accepted the unit's accepted values of earlier periods, by period
     */
    static Set<RuleHit> check(
            YearMonth period,
            Map<String, BigDecimal> values,
            NavigableMap<YearMonth, Map<String, BigDecimal>> accepted) {
        Set<RuleHit> hits = new LinkedHashSet<>();
        Map<String, BigDecimal> previous = accepted.get(period.minusMonths(1));
        if (previous != null) {
            for (int column = 1; column <= 7; column++) {
                String c = t3Column(column);
                if (values.get(t3(t3Row(2), c)).compareTo(previous.get(t3(t3Row(25), c))) != 0) {
                    hits.add(new RuleHit("P-CARRY", t3(t3Row(2), c)));
                }
            }
            for (String group : new String[] {"T2.G1", "T2.G2"}) {
                BigDecimal expected = previous.get(group + ".M3")
                        .add(values.get(group + ".M1"))
                        .subtract(values.get(group + ".M2"));
                if (values.get(group + ".M3").compareTo(expected) != 0) {
                    hits.add(new RuleHit("P-STOCK", group + ".M3"));
                }
            }
            if (period.getYear() == period.minusMonths(1).getYear()) {
                for (String group : GiaMItems.T4_GROUPS) {
                    if (values.get(t4(group, 5)).compareTo(previous.get(t4(group, 5))) < 0) {
                        hits.add(new RuleHit("P-YTD", t4(group, 5)));
                    }
                }
            }
            if (sameValues(values, previous)) {
                hits.add(new RuleHit("P-SAME", ""));
            }
        }
        List<Map<String, BigDecimal>> history =
                new ArrayList<>(accepted.headMap(period, false).values());
        List<Map<String, BigDecimal>> window =
                history.subList(Math.max(0, history.size() - ModifiedZScore.WINDOW), history.size());
        for (String watched : new String[] {"T1.A09.K1", "T3.R01.C7"}) {
            List<Integer> past =
                    window.stream().map(v -> v.get(watched).intValueExact()).toList();
            if (ModifiedZScore.isOutlier(past, values.get(watched).intValueExact())) {
                hits.add(new RuleHit("P-OUTLIER", watched));
            }
        }
        if (!history.isEmpty()) {
            List<BigDecimal> fees =
                    history.stream().map(v -> v.get(GiaMItems.FEE)).sorted().toList();
            int n = fees.size();
            BigDecimal median = n % 2 == 1
                    ? fees.get(n / 2)
                    : fees.get(n / 2 - 1).add(fees.get(n / 2)).divide(BigDecimal.valueOf(2));
            if (values.get(GiaMItems.FEE).compareTo(median.multiply(FEE_FACTOR)) > 0) {
                hits.add(new RuleHit("P-FEE-UNIT", GiaMItems.FEE));
            }
        }
        return hits;
    }

    private static boolean sameValues(Map<String, BigDecimal> values, Map<String, BigDecimal> previous) {
        boolean allZero = true;
        for (String item : GiaMItems.all()) {
            if (values.get(item).compareTo(previous.get(item)) != 0) {
                return false;
            }
            allZero &= values.get(item).signum() == 0;
        }
        return !allZero;
    }
}
