package org.huizong.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One consolidated scope of a period (the city, a county, a unit category): how many of its active units the totals
 * count, and its consolidated figures by item code.
 */
record ScopeFigures(String code, String name, int counted, int active, Map<String, BigDecimal> values) {

    ScopeFigures {
        values = Map.copyOf(values);
    }

    BigDecimal value(String item) {
        return values.getOrDefault(item, BigDecimal.ZERO);
    }

    boolean countsAnyUnit() {
        return counted > 0;
    }
}
