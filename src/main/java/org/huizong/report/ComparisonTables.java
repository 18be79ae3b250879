package org.huizong.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.form.FormDescriptor;
import org.huizong.form.write.CellFormat;
import org.huizong.form.write.ReportCell;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportTable;
import org.huizong.report.ComparisonBasis.Against;
import org.huizong.report.ComparisonBasis.TrendMonth;
import org.huizong.text.Messages;

/**
 * The tables of the comparison report (对比分析): the city against each earlier period like for like (the units
 * counted in both, 可比口径) with the all-units figures beside for reference, each county's changes on the same base,
 * each county side by side with the city, the months of the trend, and every figure with its numerator and
 * denominator. A scope's label carries how many units it counts out of how many are active.
 */
final class ComparisonTables {

    static final String INCREASE = Messages.text("report.comparison.suffix.increase");
    static final String YEAR_TO_DATE = Messages.text("report.comparison.suffix.yearToDate");
    /** A month's increase needs the month before, which was never consolidated. */
    static final String NO_MONTH_BEFORE = Messages.text("report.comparison.noMonthBefore");

    private final ComparedPeriods periods;
    private final FormDescriptor form;
    private final PeriodFigures current;
    private final ComparisonBasis basis;

    ComparisonTables(ComparedPeriods periods, FormDescriptor form, PeriodFigures current, ComparisonBasis basis) {
        this.periods = periods;
        this.form = form;
        this.current = current;
        this.basis = basis;
    }

    /** The comparisons that have an earlier period to compare with. */
    List<Against> compared() {
        return basis.against().stream().filter(a -> a.city().comparable()).toList();
    }

    /** The city's indicators against one earlier period: like for like, then all units for reference. */
    ReportTable city(List<Indicator> indicators, Against against) {
        String now = periods.currentName();
        String before = against.earlier().name();
        String change = against.earlier().changeName();
        List<String> header = List.of(
                Messages.text("report.comparison.header.indicator"),
                Messages.text("report.comparison.city.header.commonUnits", now),
                Messages.text("report.comparison.city.header.commonUnits", before),
                Messages.text("report.comparison.city.header.commonChange", change),
                Messages.text("report.comparison.city.header.allUnits", now),
                Messages.text("report.comparison.city.header.allUnits", before),
                Messages.text("report.comparison.city.header.allChange", change));
        ChangeBase base = against.city();
        List<ReportRow> rows = new ArrayList<>();
        rows.add(new ReportRow(
                Messages.text("report.comparison.city.countedUnits"),
                ReportRow.Emphasis.TOTAL,
                List.of(
                        count(base.commonUnits()),
                        count(base.commonUnits()),
                        ReportCell.text(""),
                        count(base.nowAll().counted()),
                        count(base.beforeAll().counted()),
                        IndicatorCells.relativeChange(
                                base.nowAll().counted(), base.beforeAll().counted()))));
        grouped(indicators).forEach((group, members) -> {
            rows.add(new ReportRow(
                    group,
                    ReportRow.Emphasis.GROUP,
                    header.subList(1, header.size()).stream()
                            .map(h -> ReportCell.text(""))
                            .toList()));
            for (Indicator indicator : members) {
                ChangeBase own = against.city(indicator, form);
                String label = "\u3000" + indicator.name() + suffix(indicator, against);
                if (own != base && own.commonUnits() != base.commonUnits()) {
                    label += Messages.text("report.comparison.city.ownCommonUnits", own.commonUnits());
                }
                rows.add(ReportRow.plain(
                        label,
                        List.of(
                                IndicatorCells.value(indicator, own.nowCommon()),
                                IndicatorCells.value(indicator, own.beforeCommon()),
                                IndicatorCells.likeForLike(indicator, own),
                                IndicatorCells.value(indicator, own.nowAll()),
                                IndicatorCells.value(indicator, own.beforeAll()),
                                IndicatorCells.change(indicator, own.nowAll(), own.beforeAll()))));
            }
        });
        return new ReportTable(
                Messages.text(
                        "report.comparison.city.caption",
                        now,
                        periods.current().label(),
                        before,
                        against.earlier().period().label(),
                        change,
                        base.commonUnits()),
                header,
                rows);
    }

    /** Each county's changes against one earlier period, like for like, then the city's. */
    ReportTable countyChanges(List<Indicator> indicators, Against against, String caption) {
        List<ReportRow> rows = new ArrayList<>();
        for (ScopeFigures county : current.counties()) {
            ChangeBase base = against.counties().get(county.code());
            rows.add(ReportRow.plain(
                    Messages.text(
                            "report.comparison.countyChanges.row",
                            county.name(),
                            base == null ? 0 : base.commonUnits(),
                            county.active()),
                    indicators.stream()
                            .map(i -> countyChange(i, against, county))
                            .toList()));
        }
        rows.add(new ReportRow(
                Messages.text(
                        "report.comparison.countyChanges.row",
                        Messages.text("report.scope.city"),
                        against.city().commonUnits(),
                        current.city().active()),
                ReportRow.Emphasis.TOTAL,
                indicators.stream()
                        .map(i -> IndicatorCells.likeForLike(i, against.city(i, form)))
                        .toList()));
        List<String> header = new ArrayList<>(List.of(Messages.text("report.comparison.countyChanges.header")));
        indicators.forEach(i -> header.add(i.name() + suffix(i, against)));
        return new ReportTable(caption, header, rows);
    }

    private ReportCell countyChange(Indicator indicator, Against against, ScopeFigures county) {
        ChangeBase base = against.county(indicator, form, county.code());
        return base == null
                ? ReportCell.text(IndicatorCells.NOT_COMPARABLE)
                : IndicatorCells.likeForLike(indicator, base);
    }

    /** Each county's indicators side by side, then the city. */
    ReportTable counties(List<Indicator> indicators, String caption) {
        List<ReportRow> rows = new ArrayList<>();
        for (ScopeFigures county : current.counties()) {
            rows.add(ReportRow.plain(
                    label(county),
                    indicators.stream()
                            .map(i -> IndicatorCells.value(i, county))
                            .toList()));
        }
        rows.add(new ReportRow(
                label(current.city(), Messages.text("report.scope.city")),
                ReportRow.Emphasis.TOTAL,
                indicators.stream()
                        .map(i -> IndicatorCells.value(i, current.city()))
                        .toList()));
        return new ReportTable(caption, header(Messages.text("report.comparison.counties.header"), indicators), rows);
    }

    /** Each county against the city: a ratio's difference in percentage points, a count's share of the city. */
    ReportTable againstCity(List<Indicator> indicators, String caption) {
        List<ReportRow> rows = new ArrayList<>();
        for (ScopeFigures county : current.counties()) {
            rows.add(ReportRow.plain(
                    label(county),
                    indicators.stream()
                            .map(i -> IndicatorCells.againstCity(i, county, current.city()))
                            .toList()));
        }
        List<String> header = new ArrayList<>(List.of(Messages.text("report.comparison.counties.header")));
        indicators.forEach(i -> header.add(Messages.text(
                i.isRatio() ? "report.comparison.againstCity.ratio" : "report.comparison.againstCity.count",
                i.name())));
        return new ReportTable(caption, header, rows);
    }

    /** The city's month-on-month changes over the trend, each on the units counted in both months. */
    ReportTable trendChanges(List<Indicator> indicators) {
        List<ReportRow> rows = new ArrayList<>();
        for (TrendMonth month : basis.trend()) {
            rows.add(ReportRow.plain(
                    monthLabel(month),
                    indicators.stream()
                            .map(i -> {
                                ChangeBase base = month.of(i, form);
                                return base.comparable()
                                        ? IndicatorCells.likeForLike(i, base)
                                        : ReportCell.text(IndicatorCells.NOT_COMPARABLE);
                            })
                            .toList()));
        }
        List<String> header = trendHeader(indicators);
        return new ReportTable(
                Messages.text("report.comparison.trend.changes", basis.trend().size()), header, rows);
    }

    /** The city's figures over the trend, all counted units, for reference: year-to-date indicators by the month's increase. */
    ReportTable trendValues(List<Indicator> indicators) {
        List<ReportRow> rows = new ArrayList<>();
        for (TrendMonth month : basis.trend()) {
            rows.add(ReportRow.plain(
                    monthLabel(month),
                    indicators.stream().map(i -> trendValue(i, month)).toList()));
        }
        List<String> header = trendHeader(indicators);
        return new ReportTable(
                Messages.text("report.comparison.trend.values", basis.trend().size()), header, rows);
    }

    private List<String> trendHeader(List<Indicator> indicators) {
        List<String> header = new ArrayList<>(List.of(Messages.text("report.comparison.trend.header")));
        indicators.forEach(i -> header.add(
                i.isYearToDate(form) ? Messages.text("report.comparison.trend.increase", i.name()) : i.name()));
        return header;
    }

    private ReportCell trendValue(Indicator indicator, TrendMonth month) {
        if (!month.figures().consolidated()) {
            return ReportCell.text(IndicatorCells.NOT_CONSOLIDATED);
        }
        ChangeBase base = month.of(indicator, form);
        if (base != month.plain()
                && base.nowAll().counted() == 0
                && month.figures().city().countsAnyUnit()) {
            return ReportCell.text(NO_MONTH_BEFORE);
        }
        return IndicatorCells.value(
                indicator, base == month.plain() ? month.figures().city() : base.nowAll());
    }

    /** Every indicator of every scope and period with its summed numerator and denominator, to recompute by hand. */
    ReportTable detail(List<Indicator> indicators) {
        return new ComparisonDetail(form, current, compared()).table(indicators);
    }

    static Map<String, List<Indicator>> grouped(List<Indicator> indicators) {
        Map<String, List<Indicator>> groups = new LinkedHashMap<>();
        indicators.forEach(
                i -> groups.computeIfAbsent(i.group(), k -> new ArrayList<>()).add(i));
        return groups;
    }

    /** How a year-to-date indicator is compared: by the month's increase month on month, as it is against a year before. */
    private String suffix(Indicator indicator, Against against) {
        if (!indicator.isYearToDate(form)) {
            return "";
        }
        return against.byIncrease(indicator, form) ? INCREASE : YEAR_TO_DATE;
    }

    static String monthLabel(TrendMonth month) {
        PeriodFigures figures = month.figures();
        if (!figures.consolidated()) {
            return Messages.text(
                    "report.comparison.month.notConsolidated", figures.period().label());
        }
        String common = month.plain().comparable()
                ? Messages.text(
                        "report.comparison.month.commonUnits", month.plain().commonUnits())
                : "";
        return Messages.text(
                "report.comparison.month.label", figures.period().label(), fraction(figures.city()), common);
    }

    private static ReportCell count(int units) {
        return ReportCell.number(units, CellFormat.INTEGER);
    }

    private static List<String> header(String first, List<Indicator> indicators) {
        List<String> header = new ArrayList<>(List.of(first));
        indicators.forEach(i -> header.add(i.name()));
        return header;
    }

    private static String label(ScopeFigures scope) {
        return label(scope, scope.name());
    }

    private static String label(ScopeFigures scope, String name) {
        return Messages.text("report.scope.label", name, fraction(scope));
    }

    private static String fraction(ScopeFigures scope) {
        return scope.counted() + "/" + scope.active();
    }
}
