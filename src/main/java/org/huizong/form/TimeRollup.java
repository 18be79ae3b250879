package org.huizong.form;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolls a unit's months up to a longer period by each item's declared time aggregation (forms.md): flows add up,
 * an opening stock is the first month's, a closing stock or year-to-date figure the last month's.
 */
public final class TimeRollup {

    private TimeRollup() {}

    /** The roll-up of {@code months} (oldest first) for every item of {@code target} the months carry. */
    public static Map<String, BigDecimal> rollUp(FormDescriptor target, List<Map<String, BigDecimal>> months) {
        Map<String, BigDecimal> rolled = new LinkedHashMap<>();
        if (months.isEmpty()) {
            return rolled;
        }
        for (ItemDescriptor item : target.items()) {
            String code = item.code();
            BigDecimal value = switch (item.aggregation()) {
                case SUM ->
                    months.stream()
                            .map(m -> m.getOrDefault(code, BigDecimal.ZERO))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                case FIRST -> months.get(0).getOrDefault(code, BigDecimal.ZERO);
                case LAST -> months.get(months.size() - 1).getOrDefault(code, BigDecimal.ZERO);
            };
            rolled.put(code, value);
        }
        return rolled;
    }
}
