package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One ranked unit or county of a period, with everything its scores are computed from.
 *
 * @param missing    a unit that sent nothing
 * @param values     the counted values by item code; null when none count (returned, refused, missing)
 * @param increases  for year-to-date items, the period's increase; null when {@code values} is
 * @param facts      the facts by variable name ({@link Fact}); a county's are its units' sums
 * @param units      a county's units (empty for a unit)
 */
record Subject(
        String code,
        String name,
        boolean missing,
        Map<String, BigDecimal> values,
        Map<String, BigDecimal> increases,
        Map<String, BigDecimal> facts,
        List<Subject> units) {

    Subject {
        units = List.copyOf(units);
    }

    boolean hasData() {
        return values != null;
    }

    /** What the formulas of an indicator see: values (or increases), then facts. */
    Map<String, BigDecimal> bindings(boolean increaseOfYtd) {
        Map<String, BigDecimal> bindings = new HashMap<>();
        if (values != null) {
            bindings.putAll(values);
            if (increaseOfYtd) {
                bindings.putAll(increases);
            }
        }
        bindings.putAll(facts);
        return bindings;
    }
}
