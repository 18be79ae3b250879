package org.huizong.report;

import java.util.ArrayList;
import java.util.List;
import org.huizong.form.FormDescriptor;
import org.huizong.output.pdf.ChartRow;
import org.huizong.output.pdf.ChartRow.ChartPoint;
import org.huizong.report.ComparisonBasis.TrendMonth;
import org.huizong.text.Messages;

/**
 * The charts of the comparison report, for each indicator marked {@code chart}: a bar per county for the period (and
 * the city's bar for a ratio, to compare with), and the city's line over the trend months. A count's line is chained
 * like for like: the last month is its figure, and each month before it is the month after less the increase over
 * the units counted in both months, so that a month with fewer units counted shows no fall. A ratio's line is the city's
 * ratio of each month. A year-to-date indicator is drawn by its monthly increase. A county without a value (no counted
 * unit, a zero denominator) has no bar; a month without a value leaves a gap, and the line after a gap starts again
 * from that month's own figure.
 */
final class ComparisonCharts {

    private final PeriodFigures current;
    private final List<TrendMonth> trend;
    private final FormDescriptor form;

    ComparisonCharts(PeriodFigures current, List<TrendMonth> trend, FormDescriptor form) {
        this.current = current;
        this.trend = List.copyOf(trend);
        this.form = form;
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
                bars.add(point(indicator, Messages.text("report.scope.city"), current.city(), true));
            }
            Double[] line = indicator.isRatio() ? ratios(indicator) : chained(indicator);
            List<ChartPoint> points = new ArrayList<>();
            for (int i = 0; i < trend.size(); i++) {
                Double value = line[i];
                points.add(new ChartPoint(
                        monthLabel(trend.get(i)),
                        value == null ? null : indicator.isRatio() ? value * 100 : value,
                        value == null ? "" : IndicatorCells.format(indicator).text(value),
                        false));
            }
            String what = Messages.text(indicator.isRatio() ? "report.scope.city" : "report.comparison.chart.chained");
            String title = indicator.isYearToDate(form)
                    ? Messages.text("report.comparison.chart.increase", indicator.name())
                    : indicator.name();
            rows.add(new ChartRow(
                    title,
                    indicator.isRatio() ? "%" : "",
                    Messages.text(
                            "report.comparison.chart.counties", current.period().label()),
                    bars,
                    Messages.text(
                            "report.comparison.chart.trend",
                            what,
                            trend.get(0).figures().period().label(),
                            trend.get(trend.size() - 1).figures().period().label()),
                    points));
        }
        return rows;
    }

    /** Each month's own ratio over its counted units. */
    private Double[] ratios(Indicator indicator) {
        Double[] line = new Double[trend.size()];
        for (int i = 0; i < trend.size(); i++) {
            ChangeBase base = trend.get(i).of(indicator, form);
            line[i] = IndicatorCells.valueOf(indicator, base.nowAll());
        }
        return line;
    }

    /**
     * The last month's figure, and each month before it by the like-for-like change into the month after it: the
     * month after less the increase over the units counted in both months (never below 0).
     */
    private Double[] chained(Indicator indicator) {
        Double[] line = new Double[trend.size()];
        for (int i = trend.size() - 1; i >= 0; i--) {
            ChangeBase base = trend.get(i).of(indicator, form);
            Double after = i + 1 < trend.size() ? line[i + 1] : null;
            Double increase =
                    i + 1 < trend.size() ? increase(indicator, trend.get(i + 1).of(indicator, form)) : null;
            if (after != null && increase != null) {
                line[i] = Math.max(0, after - increase);
            } else {
                line[i] = IndicatorCells.valueOf(indicator, base.nowAll());
            }
        }
        return line;
    }

    /** A month's increase over the month before on the units counted in both; null when they cannot be compared. */
    private static Double increase(Indicator indicator, ChangeBase base) {
        if (!base.comparable() || base.commonUnits() == 0) {
            return null;
        }
        Double now = IndicatorCells.valueOf(indicator, base.nowCommon());
        Double before = IndicatorCells.valueOf(indicator, base.beforeCommon());
        return now == null || before == null ? null : now - before;
    }

    private static ChartPoint point(Indicator indicator, String category, ScopeFigures scope, boolean city) {
        Double value = IndicatorCells.valueOf(indicator, scope);
        if (value == null) {
            return new ChartPoint(category, null, "", city);
        }
        return new ChartPoint(
                category,
                indicator.isRatio() ? value * 100 : value,
                IndicatorCells.value(indicator, scope).text(),
                city);
    }

    /** {@code 25.10·107}: the month, short enough for thirteen labels under a small chart, and its counted units. */
    private static String monthLabel(TrendMonth month) {
        PeriodFigures figures = month.figures();
        String label = String.format(
                "%02d.%d", figures.period().year() % 100, figures.period().month());
        return figures.consolidated() ? label + "·" + figures.city().counted() : label;
    }
}
