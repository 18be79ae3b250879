package org.huizong.report;

import java.util.ArrayList;
import java.util.List;

import org.huizong.report.pdf.ChartRow;
import org.huizong.report.pdf.ChartRow.ChartPoint;

/**
 * The charts of the comparison report, for each indicator marked {@code chart}: a bar per county for the period (and
 * the city's bar for a ratio, to compare with), and the city's line over the trend months. A county without a value
 * (no counted unit, a zero denominator) has no bar; a month without a value leaves a gap.
 */
final class ComparisonCharts {

    private final PeriodFigures current;
    private final List<PeriodFigures> trend;

    ComparisonCharts(PeriodFigures current, List<PeriodFigures> trend) {
        this.current = current;
        this.trend = List.copyOf(trend);
    }

    List<ChartRow> of(List<Indicator> indicators) {
        List<ChartRow> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            if (!indicator.chart()) {
                continue;
            }
            List<ChartPoint> bars = new ArrayList<>();
            current.counties().forEach(county -> bars.add(point(indicator, county.name(), county, false)));
            if (indicator.isRatio() && current.consolidated()) {
                bars.add(point(indicator, "全市", current.city(), true));
            }
            List<ChartPoint> line = trend.stream()
                    .map(month -> point(indicator, monthLabel(month), month.city(), false)).toList();
            rows.add(new ChartRow(indicator.name(), indicator.isRatio() ? "%" : "", "各区县 · " + current.period().label(), bars,
                    "全市 · " + trend.get(0).period().label() + "至" + trend.get(trend.size() - 1).period().label(), line));
        }
        return rows;
    }

    private static ChartPoint point(Indicator indicator, String category, ScopeFigures scope, boolean city) {
        Double value = IndicatorCells.valueOf(indicator, scope);
        if (value == null) {
            return new ChartPoint(category, null, "", city);
        }
        return new ChartPoint(category, indicator.isRatio() ? value * 100 : value, IndicatorCells.value(indicator, scope).text(), city);
    }

    /** {@code 25.10}: short enough for thirteen labels under a small chart. */
    private static String monthLabel(PeriodFigures month) {
        return String.format("%02d.%d", month.period().year() % 100, month.period().month());
    }
}
