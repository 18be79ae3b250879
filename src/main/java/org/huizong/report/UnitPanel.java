package org.huizong.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huizong.consolidation.CountedValues;
import org.huizong.form.ReportPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counted units of one period with the figures of the items the comparison reads, unit by unit: what a
 * like-for-like comparison sums over the units two periods have in common. {@code null} for a period never consolidated.
 * Only the few items of the indicators are kept (a double per item and unit), so a city of ten thousand units over
 * fourteen months stays small.
 */
final class UnitPanel {

    private final ReportPeriod period;
    private final List<String> items;
    private final Map<String, double[]> units;

    private UnitPanel(ReportPeriod period, List<String> items, Map<String, double[]> units) {
        this.period = period;
        this.items = List.copyOf(items);
        this.units = units;
    }

    /** Reads the counted units of {@code period}; null when nothing was counted (never consolidated, or nobody counted). */
    static UnitPanel read(JdbcClient jdbc, ReportPeriod period, List<String> items) {
        Map<String, Integer> slots = new HashMap<>();
        items.forEach(item -> slots.put(item, slots.size()));
        Map<String, double[]> units = new HashMap<>();
        new CountedValues(jdbc).visit(period.code(), new CountedValues.Visitor() {
            @Override
            public void unit(String uscc, String formCode) {
                units.put(uscc, new double[items.size()]);
            }

            @Override
            public void value(String uscc, String item, BigDecimal figure) {
                Integer slot = slots.get(item);
                if (slot != null) {
                    units.get(uscc)[slot] = figure.doubleValue();
                }
            }
        });
        return new UnitPanel(period, items, units);
    }

    /** A panel of the given units' figures, item → figure (a test's, or one put together by hand). */
    static UnitPanel of(ReportPeriod period, List<String> items, Map<String, Map<String, BigDecimal>> figures) {
        Map<String, double[]> units = new HashMap<>();
        figures.forEach((uscc, values) -> {
            double[] own = new double[items.size()];
            for (int i = 0; i < own.length; i++) {
                own[i] = values.getOrDefault(items.get(i), BigDecimal.ZERO).doubleValue();
            }
            units.put(uscc, own);
        });
        return new UnitPanel(period, items, units);
    }

    ReportPeriod period() {
        return period;
    }

    Set<String> units() {
        return units.keySet();
    }

    int size() {
        return units.size();
    }

    /**
     * The month's own part of year-to-date items: this month's figure less the unit's figure of the month before (in
     * January, the figure itself, as the year starts again). Only the units counted in both months (every unit in
     * January) have one; other items keep their figure.
     *
     * @param yearToDate the items reported year to date (表四)
     * @param before     the month before, null when it was never consolidated
     */
    UnitPanel increments(Set<String> yearToDate, UnitPanel before) {
        boolean january = period.month() == 1;
        Map<String, double[]> own = new HashMap<>();
        units.forEach((uscc, figures) -> {
            double[] earlier = january ? null : before == null ? null : before.units.get(uscc);
            if (!january && earlier == null) {
                return;
            }
            double[] increase = figures.clone();
            for (int i = 0; i < items.size(); i++) {
                if (earlier != null && yearToDate.contains(items.get(i))) {
                    increase[i] -= earlier[i];
                }
            }
            own.put(uscc, increase);
        });
        return new UnitPanel(period, items, own);
    }

    /** The items summed over {@code members} (units this panel lacks add nothing). */
    Map<String, BigDecimal> sum(Collection<String> members) {
        double[] total = new double[items.size()];
        for (String uscc : members) {
            double[] figures = units.get(uscc);
            if (figures != null) {
                for (int i = 0; i < total.length; i++) {
                    total[i] += figures[i];
                }
            }
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        for (int i = 0; i < total.length; i++) {
            sums.put(items.get(i), BigDecimal.valueOf(total[i]));
        }
        return sums;
    }

    /** The units of this panel that {@code other} has too. */
    List<String> common(UnitPanel other) {
        List<String> common = new ArrayList<>();
        units.keySet().forEach(uscc -> {
            if (other.units.containsKey(uscc)) {
                common.add(uscc);
            }
        });
        return common;
    }
}
