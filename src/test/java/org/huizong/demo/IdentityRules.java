package org.huizong.demo;

import static org.huizong.demo.GiaMItems.t1;
import static org.huizong.demo.GiaMItems.t3;
import static org.huizong.demo.GiaMItems.t3Column;
import static org.huizong.demo.GiaMItems.t3Row;
import static org.huizong.demo.GiaMItems.t4;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The identities inside one GIA-M submission (rules.md), each reported at its left-hand side. */
final class IdentityRules {

    private final Map<String, BigDecimal> values;
    private final Set<RuleHit> hits = new LinkedHashSet<>();

    private IdentityRules(Map<String, BigDecimal> values) {
        this.values = values;
    }

    static Set<RuleHit> check(Map<String, BigDecimal> values) {
        IdentityRules rules = new IdentityRules(values);
        rules.table1();
        rules.table3();
        for (String group : GiaMItems.T4_GROUPS) {
            rules.expect("T4-SUM", t4(group, 5), sum(values, t4(group, 1), t4(group, 2), t4(group, 3), t4(group, 4)));
        }
        return rules.hits;
    }

    private void table1() {
        List<String> rows = GiaMItems.PUBLICATION_ROWS;
        for (String channel : GiaMItems.CHANNELS) {
            BigDecimal parts = BigDecimal.ZERO;
            for (String row : rows.subList(0, 8)) {
                parts = parts.add(values.get(t1(row, channel)));
            }
            expect("T1-SUM", t1("A09", channel), parts);
        }
        for (String row : rows) {
            BigDecimal max = BigDecimal.ZERO;
            BigDecimal sum = BigDecimal.ZERO;
            for (String channel : GiaMItems.CHANNELS.subList(1, 6)) {
                max = max.max(values.get(t1(row, channel)));
                sum = sum.add(values.get(t1(row, channel)));
            }
            BigDecimal distinct = values.get(t1(row, "K1"));
            if (distinct.compareTo(max) < 0 || distinct.compareTo(sum) > 0) {
                hits.add(new RuleHit("T1-DEDUP", t1(row, "K1")));
            }
        }
        expect("T1-CONS", t1("B04", "V"), sum(values, t1("B01", "V"), t1("B02", "V"), t1("B03", "V")));
        expect(
                "T1-CHAN",
                t1("D06", "V"),
                sum(values, t1("D01", "V"), t1("D02", "V"), t1("D03", "V"), t1("D04", "V"), t1("D05", "V")));
        expect("X-APPLY", t1("D06", "V"), values.get(t3(t3Row(1), "C7")));
    }

    private void table3() {
        for (int row = 1; row <= 25; row++) {
            BigDecimal parts = BigDecimal.ZERO;
            for (int column = 1; column <= 6; column++) {
                parts = parts.add(values.get(t3(t3Row(row), t3Column(column))));
            }
            expect("T3-COL", t3(t3Row(row), "C7"), parts);
        }
        for (int column = 1; column <= 7; column++) {
            String c = t3Column(column);
            BigDecimal outcomes = BigDecimal.ZERO;
            for (int row = 3; row <= 23; row++) {
                outcomes = outcomes.add(values.get(t3(t3Row(row), c)));
            }
            expect("T3-SUM", t3(t3Row(24), c), outcomes);
            BigDecimal in = values.get(t3(t3Row(1), c)).add(values.get(t3(t3Row(2), c)));
            BigDecimal out = values.get(t3(t3Row(24), c)).add(values.get(t3(t3Row(25), c)));
            if (in.compareTo(out) != 0) {
                hits.add(new RuleHit("T3-BAL", t3(t3Row(1), c)));
            }
        }
    }

    private void expect(String rule, String total, BigDecimal parts) {
        if (values.get(total).compareTo(parts) != 0) {
            hits.add(new RuleHit(rule, total));
        }
    }

    static BigDecimal sum(Map<String, BigDecimal> values, String... items) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String item : items) {
            sum = sum.add(values.get(item));
        }
        return sum;
    }
}
