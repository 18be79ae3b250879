package org.huizong.demo;

import static org.huizong.demo.GiaMItems.t1;
import static org.huizong.demo.GiaMItems.t3;
import static org.huizong.demo.GiaMItems.t3Row;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The plausibility warnings of rules.md (Q-GUIZHANG, Q-STOCK-NEG, Q-COLSHIFT, X-NORMS). */
final class PlausibilityRules {

    private PlausibilityRules() {}

    static Set<RuleHit> check(DemoUnit unit, String cityCode, Map<String, BigDecimal> values) {
        Set<RuleHit> hits = new LinkedHashSet<>();
        boolean cityLevel =
                unit.level().equals(DemoUnit.CITY_DEPT) && unit.countyCode().equals(cityCode);
        boolean makesRules = values.get("T2.G1.M1").signum() != 0
                || values.get("T2.G1.M2").signum() != 0
                || values.get("T2.G1.M3").signum() != 0;
        if (makesRules && !cityLevel) {
            hits.add(new RuleHit("Q-GUIZHANG", "T2.G1.M3"));
        }
        for (String group : new String[] {"T2.G1", "T2.G2"}) {
            BigDecimal net = values.get(group + ".M1").subtract(values.get(group + ".M2"));
            if (values.get(group + ".M3").compareTo(net) < 0) {
                hits.add(new RuleHit("Q-STOCK-NEG", group + ".M3"));
            }
        }
        for (int row = 1; row <= 25; row++) {
            String r = t3Row(row);
            BigDecimal persons = values.get(t3(r, "C1"));
            if (values.get(t3(r, "C3")).compareTo(persons) > 0
                    || values.get(t3(r, "C4")).compareTo(persons) > 0) {
                hits.add(new RuleHit("Q-COLSHIFT", t3(r, "C1")));
            }
        }
        BigDecimal issued = values.get("T2.G1.M1").add(values.get("T2.G2.M1"));
        if (values.get(t1("A02", "K1")).compareTo(issued) < 0) {
            hits.add(new RuleHit("X-NORMS", t1("A02", "K1")));
        }
        return hits;
    }
}
