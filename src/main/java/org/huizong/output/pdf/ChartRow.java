package org.huizong.output.pdf;

import java.util.List;

/**
 * The charts of one indicator: its bars (one per county, and the city for a ratio) and its trend over the months.
 * {@code axis} names the unit of the values (件, %).
 */
public record ChartRow(
        String title, String axis, String barTitle, List<ChartPoint> bars, String trendTitle, List<ChartPoint> trend) {

    public ChartRow {
        bars = List.copyOf(bars);
        trend = List.copyOf(trend);
    }

    /**
     * One bar or point: its category, its value ready to plot (null leaves a gap), the label printed on it, and
     * whether it stands out (the city among the counties).
     */
    public record ChartPoint(String category, Double value, String label, boolean highlighted) {}
}
