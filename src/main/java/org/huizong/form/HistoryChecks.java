package org.huizong.form;

import java.util.List;

/**
 * The checks of a form against the unit's own accepted history (rules.md, "Across periods and history"); each part
 * is absent (null or empty) when the form has no such check.
 */
public record HistoryChecks(
        List<StockFlow> stocks,
        ItemsRule yearToDate,
        OutlierRule outliers,
        ScaleRule scale,
        String sameAsPreviousRule) {

    public HistoryChecks {
        stocks = stocks == null ? List.of() : List.copyOf(stocks);
    }

    public static HistoryChecks none() {
        return new HistoryChecks(List.of(), null, null, null, null);
    }

    /** A stock that must move by the flows of the period: stock = previous stock + inflow − outflow. */
    public record StockFlow(String rule, String stock, String inflow, String outflow) {}

    /** Items that may never decrease within a calendar year (year-to-date figures). */
    public record ItemsRule(String rule, List<String> items) {

        public ItemsRule {
            items = List.copyOf(items);
        }
    }

    /** Items compared with the unit's last {@code periods} accepted values by modified z-score. */
    public record OutlierRule(String rule, List<String> items, int periods, int minimum, double threshold) {

        public OutlierRule {
            items = List.copyOf(items);
        }
    }

    /** An amount more than {@code factor} times the unit's median: 元 typed into a 万元 cell. */
    public record ScaleRule(String rule, String item, int factor) {}
}
