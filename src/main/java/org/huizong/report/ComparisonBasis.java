package org.huizong.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ItemDescriptor;
import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import org.huizong.report.ComparedPeriods.Earlier;

/**
 * What each change of the comparison report is computed on. Every change is like for like: over the units counted in
 * both periods. A year-to-date indicator (表四, 本年累计) is compared with the same month a year before as it is, and
 * month on month by the month's own increase (this month's year-to-date figure less last month's; in January the
 * figure itself), never as a year-to-date figure against one of another year.
 */
final class ComparisonBasis {

    /** The bases of one earlier period: plain figures, and for the previous month the monthly increases. */
    record Against(
            Earlier earlier,
            boolean monthOnMonth,
            ChangeBase city,
            Map<String, ChangeBase> counties,
            ChangeBase cityFlows,
            Map<String, ChangeBase> countyFlows) {

        /** Whether a year-to-date indicator is compared here by its monthly increase. */
        boolean byIncrease(Indicator indicator, FormDescriptor form) {
            return monthOnMonth && cityFlows != null && indicator.isYearToDate(form);
        }

        ChangeBase city(Indicator indicator, FormDescriptor form) {
            return byIncrease(indicator, form) ? cityFlows : city;
        }

        ChangeBase county(Indicator indicator, FormDescriptor form, String code) {
            return byIncrease(indicator, form) ? countyFlows.get(code) : counties.get(code);
        }
    }

    /** A month of the trend against the month before: plain figures and monthly increases. */
    record TrendMonth(PeriodFigures figures, ChangeBase plain, ChangeBase flows) {

        ChangeBase of(Indicator indicator, FormDescriptor form) {
            return indicator.isYearToDate(form) && flows != null ? flows : plain;
        }
    }

    private final List<Against> against;
    private final List<TrendMonth> trend;

    private ComparisonBasis(List<Against> against, List<TrendMonth> trend) {
        this.against = List.copyOf(against);
        this.trend = List.copyOf(trend);
    }

    List<Against> against() {
        return against;
    }

    List<TrendMonth> trend() {
        return trend;
    }

    /**
     * Works out the bases from the periods' consolidated figures and their counted units.
     *
     * @param figures   a period's consolidation (never null; not consolidated when it was never run)
     * @param panels    a period's counted units with their figures (null when never consolidated)
     * @param countyOf  the county code of each unit of the current period
     */
    static ComparisonBasis of(
            ComparedPeriods periods,
            FormDescriptor form,
            Function<ReportPeriod, PeriodFigures> figures,
            Function<ReportPeriod, UnitPanel> panels,
            Map<String, String> countyOf) {
        LikeForLike likeForLike = new LikeForLike(countyOf);
        Set<String> ytd = yearToDateItems(form);
        Map<String, UnitPanel> increments = new HashMap<>();
        Function<ReportPeriod, UnitPanel> flows = month -> increments.computeIfAbsent(month.code(), code -> {
            UnitPanel panel = panels.apply(month);
            return panel == null
                    ? null
                    : panel.increments(ytd, month.month() == 1 ? null : panels.apply(month.previous()));
        });
        PeriodFigures current = figures.apply(periods.current());
        List<Against> against = new ArrayList<>();
        for (Earlier earlier : periods.earlier()) {
            PeriodFigures before = figures.apply(earlier.period());
            UnitPanel now = panels.apply(periods.current());
            UnitPanel then = panels.apply(earlier.period());
            boolean monthOnMonth = periods.current().kind() == PeriodKind.MONTH
                    && earlier.period().equals(periods.current().previous());
            ChangeBase city = likeForLike.city(now, then, current.city(), before.city());
            Map<String, ChangeBase> counties = likeForLike.counties(now, then, current.counties(), before.counties());
            ChangeBase cityFlows = null;
            Map<String, ChangeBase> countyFlows = Map.of();
            if (monthOnMonth && !ytd.isEmpty() && now != null && then != null) {
                UnitPanel nowFlows = flows.apply(periods.current());
                UnitPanel thenFlows = flows.apply(earlier.period());
                if (nowFlows != null && thenFlows != null) {
                    cityFlows = likeForLike.city(
                            nowFlows,
                            thenFlows,
                            LikeForLike.whole(nowFlows, current.city()),
                            LikeForLike.whole(thenFlows, before.city()));
                    countyFlows = likeForLike.counties(
                            nowFlows,
                            thenFlows,
                            likeForLike.byCounty(nowFlows, current.counties()),
                            likeForLike.byCounty(thenFlows, current.counties()));
                }
            }
            against.add(new Against(earlier, monthOnMonth, city, counties, cityFlows, countyFlows));
        }
        List<TrendMonth> trend = new ArrayList<>();
        for (ReportPeriod month : periods.trend()) {
            PeriodFigures own = figures.apply(month);
            PeriodFigures before = figures.apply(month.previous());
            UnitPanel now = panels.apply(month);
            UnitPanel then = panels.apply(month.previous());
            ChangeBase plain = likeForLike.city(now, then, own.city(), before.city());
            ChangeBase monthly = null;
            UnitPanel nowFlows = ytd.isEmpty() ? null : flows.apply(month);
            UnitPanel thenFlows = ytd.isEmpty() ? null : flows.apply(month.previous());
            if (nowFlows != null && own.consolidated()) {
                ScopeFigures nowAll = LikeForLike.whole(nowFlows, own.city());
                monthly = thenFlows == null || !before.consolidated()
                        ? new ChangeBase(nowAll, null, null, null)
                        : likeForLike.city(nowFlows, thenFlows, nowAll, LikeForLike.whole(thenFlows, before.city()));
            }
            trend.add(new TrendMonth(own, plain, monthly));
        }
        return new ComparisonBasis(against, trend);
    }

    static Set<String> yearToDateItems(FormDescriptor form) {
        Set<String> items = new java.util.HashSet<>();
        form.items().stream()
                .filter(i -> i.sheet().yearToDate())
                .map(ItemDescriptor::code)
                .forEach(items::add);
        return items;
    }
}
