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

/**
 * The tables of the comparison report (对比分析): the city against each earlier period like for like (the units
 * counted in both, 可比口径) with the all-units figures beside for reference, each county's changes on the same base,
 * each county side by side with the city, the months of the trend, and every figure with its numerator and
 * denominator. A scope's label carries how many units it counts out of how many are active.
 */
final class ComparisonTables {

    static final String INCREASE = "·本月新增";
    static final String YEAR_TO_DATE = "·本年累计";
    /** A month's increase needs the month before, which was never consolidated. */
    static final String NO_MONTH_BEFORE = "—（上月未汇总）";

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
        List<String> header = List.of("指标", "可比单位\n" + now, "可比单位\n" + before, change + "\n（可比口径）",
                "全部纳入单位\n" + now, "全部纳入单位\n" + before, change + "\n（全部单位，参考）");
        ChangeBase base = against.city();
        List<ReportRow> rows = new ArrayList<>();
        rows.add(new ReportRow("纳入汇总的单位（个）", ReportRow.Emphasis.TOTAL, List.of(count(base.commonUnits()), count(base.commonUnits()),
                ReportCell.text(""), count(base.nowAll().counted()), count(base.beforeAll().counted()),
                IndicatorCells.relativeChange(base.nowAll().counted(), base.beforeAll().counted()))));
        grouped(indicators).forEach((group, members) -> {
            rows.add(new ReportRow(group, ReportRow.Emphasis.GROUP, header.subList(1, header.size()).stream().map(h -> ReportCell.text("")).toList()));
            for (Indicator indicator : members) {
                ChangeBase own = against.city(indicator, form);
                String label = "\u3000" + indicator.name() + suffix(indicator, against);
                if (own != base && own.commonUnits() != base.commonUnits()) {
                    label += "（可比 " + own.commonUnits() + " 个单位）";
                }
                rows.add(ReportRow.plain(label, List.of(IndicatorCells.value(indicator, own.nowCommon()),
                        IndicatorCells.value(indicator, own.beforeCommon()), IndicatorCells.likeForLike(indicator, own),
                        IndicatorCells.value(indicator, own.nowAll()), IndicatorCells.value(indicator, own.beforeAll()),
                        IndicatorCells.change(indicator, own.nowAll(), own.beforeAll()))));
            }
        });
        return new ReportTable("全市" + now + "（" + periods.current().label() + "）与" + before + "（" + against.earlier().period().label()
                + "）比较：" + change + "按两期都纳入汇总的 " + base.commonUnits() + " 个单位计算（可比口径）；比率的变化为个百分点，数量的变化为增减幅度", header, rows);
    }

    /** Each county's changes against one earlier period, like for like, then the city's. */
    ReportTable countyChanges(List<Indicator> indicators, Against against, String caption) {
        List<ReportRow> rows = new ArrayList<>();
        for (ScopeFigures county : current.counties()) {
            ChangeBase base = against.counties().get(county.code());
            rows.add(ReportRow.plain(county.name() + "（可比 " + (base == null ? 0 : base.commonUnits()) + "/" + county.active() + "）",
                    indicators.stream().map(i -> countyChange(i, against, county)).toList()));
        }
        rows.add(new ReportRow("全市（可比 " + against.city().commonUnits() + "/" + current.city().active() + "）", ReportRow.Emphasis.TOTAL,
                indicators.stream().map(i -> IndicatorCells.likeForLike(i, against.city(i, form))).toList()));
        List<String> header = new ArrayList<>(List.of("区县（可比/应报）"));
        indicators.forEach(i -> header.add(i.name() + suffix(i, against)));
        return new ReportTable(caption, header, rows);
    }

    private ReportCell countyChange(Indicator indicator, Against against, ScopeFigures county) {
        ChangeBase base = against.county(indicator, form, county.code());
        return base == null ? ReportCell.text(IndicatorCells.NOT_COMPARABLE) : IndicatorCells.likeForLike(indicator, base);
    }

    /** Each county's indicators side by side, then the city. */
    ReportTable counties(List<Indicator> indicators, String caption) {
        List<ReportRow> rows = new ArrayList<>();
        for (ScopeFigures county : current.counties()) {
            rows.add(ReportRow.plain(label(county), indicators.stream().map(i -> IndicatorCells.value(i, county)).toList()));
        }
        rows.add(new ReportRow(label(current.city(), "全市"), ReportRow.Emphasis.TOTAL,
                indicators.stream().map(i -> IndicatorCells.value(i, current.city())).toList()));
        return new ReportTable(caption, header("区县（纳入/应报）", indicators), rows);
    }

    /** Each county against the city: a ratio's difference in percentage points, a count's share of the city. */
    ReportTable againstCity(List<Indicator> indicators, String caption) {
        List<ReportRow> rows = new ArrayList<>();
        for (ScopeFigures county : current.counties()) {
            rows.add(ReportRow.plain(label(county), indicators.stream().map(i -> IndicatorCells.againstCity(i, county, current.city())).toList()));
        }
        List<String> header = new ArrayList<>(List.of("区县（纳入/应报）"));
        indicators.forEach(i -> header.add(i.name() + (i.isRatio() ? "\n与全市之差" : "\n占全市")));
        return new ReportTable(caption, header, rows);
    }

    /** The city's month-on-month changes over the trend, each on the units counted in both months. */
    ReportTable trendChanges(List<Indicator> indicators) {
        List<ReportRow> rows = new ArrayList<>();
        for (TrendMonth month : basis.trend()) {
            rows.add(ReportRow.plain(monthLabel(month), indicators.stream().map(i -> {
                ChangeBase base = month.of(i, form);
                return base.comparable() ? IndicatorCells.likeForLike(i, base) : ReportCell.text(IndicatorCells.NOT_COMPARABLE);
            }).toList()));
        }
        List<String> header = new ArrayList<>(List.of("月份（纳入/应报，与上月可比）"));
        indicators.forEach(i -> header.add(i.name() + (i.isYearToDate(form) ? "\n本月新增" : "")));
        return new ReportTable("全市近" + basis.trend().size() + "个月逐月环比（可比口径：与上月都纳入汇总的单位）", header, rows);
    }

    /** The city's figures over the trend, all counted units, for reference: year-to-date indicators by the month's increase. */
    ReportTable trendValues(List<Indicator> indicators) {
        List<ReportRow> rows = new ArrayList<>();
        for (TrendMonth month : basis.trend()) {
            rows.add(ReportRow.plain(monthLabel(month), indicators.stream().map(i -> trendValue(i, month)).toList()));
        }
        List<String> header = new ArrayList<>(List.of("月份（纳入/应报，与上月可比）"));
        indicators.forEach(i -> header.add(i.name() + (i.isYearToDate(form) ? "\n本月新增" : "")));
        return new ReportTable("全市近" + basis.trend().size() + "个月数值（全部纳入单位合计；各月纳入单位不同，数值的升降不等于实际增减，仅供参考）",
                header, rows);
    }

    private ReportCell trendValue(Indicator indicator, TrendMonth month) {
        if (!month.figures().consolidated()) {
            return ReportCell.text(IndicatorCells.NOT_CONSOLIDATED);
        }
        ChangeBase base = month.of(indicator, form);
        if (base != month.plain() && base.nowAll().counted() == 0 && month.figures().city().countsAnyUnit()) {
            return ReportCell.text(NO_MONTH_BEFORE);
        }
        return IndicatorCells.value(indicator, base == month.plain() ? month.figures().city() : base.nowAll());
    }

    /** Every indicator of every scope and period with its summed numerator and denominator, to recompute by hand. */
    ReportTable detail(List<Indicator> indicators) {
        List<ReportRow> rows = new ArrayList<>();
        if (current.consolidated()) {
            addDetail(rows, current.period().label(), "全部纳入单位", current.city(), current.counties(), indicators);
        }
        for (Against against : compared()) {
            String label = against.earlier().period().label();
            addDetail(rows, label, "全部纳入单位", against.city().beforeAll(),
                    against.counties().values().stream().map(ChangeBase::beforeAll).filter(s -> s != null).toList(), indicators);
            String base = "与" + against.earlier().name() + "可比";
            addDetail(rows, current.period().label(), base, against.city().nowCommon(),
                    against.counties().values().stream().map(ChangeBase::nowCommon).filter(s -> s != null).toList(), indicators);
            addDetail(rows, label, base, against.city().beforeCommon(),
                    against.counties().values().stream().map(ChangeBase::beforeCommon).filter(s -> s != null).toList(), indicators);
            if (against.cityFlows() != null) {
                List<Indicator> ytd = indicators.stream().filter(i -> i.isYearToDate(form)).toList();
                ChangeBase flows = against.cityFlows();
                addDetail(rows, current.period().label(), "本月新增（全部）", flows.nowAll(), List.of(), ytd);
                addDetail(rows, label, "本月新增（全部）", flows.beforeAll(), List.of(), ytd);
                addDetail(rows, current.period().label(), "本月新增（与" + against.earlier().name() + "可比）", flows.nowCommon(), List.of(), ytd);
                addDetail(rows, label, "本月新增（与" + against.earlier().name() + "可比）", flows.beforeCommon(), List.of(), ytd);
            }
        }
        return new ReportTable(null, List.of("期间", "口径", "范围", "代码", "名称", "指标", "计入单位", "分子（或数量）", "分母", "数值"), rows);
    }

    private void addDetail(List<ReportRow> rows, String period, String base, ScopeFigures city, List<ScopeFigures> counties,
                           List<Indicator> indicators) {
        if (city == null) {
            return;
        }
        List<ScopeFigures> scopes = new ArrayList<>(List.of(city));
        scopes.addAll(counties);
        for (ScopeFigures scope : scopes) {
            for (Indicator indicator : indicators) {
                IndicatorValue value = indicator.of(scope.values());
                rows.add(ReportRow.plain(period, List.of(ReportCell.text(base), ReportCell.text(scope == city ? "全市" : "区县"),
                        ReportCell.text(scope.code()), ReportCell.text(scope.name()), ReportCell.text(indicator.name()),
                        ReportCell.number(scope.counted(), CellFormat.INTEGER), ReportCell.number(value.numerator().doubleValue(), CellFormat.INTEGER),
                        value.isRatio() ? ReportCell.number(value.denominator().doubleValue(), CellFormat.INTEGER) : ReportCell.text(""),
                        IndicatorCells.value(indicator, scope))));
            }
        }
    }

    static Map<String, List<Indicator>> grouped(List<Indicator> indicators) {
        Map<String, List<Indicator>> groups = new LinkedHashMap<>();
        indicators.forEach(i -> groups.computeIfAbsent(i.group(), k -> new ArrayList<>()).add(i));
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
            return figures.period().label() + "（未汇总）";
        }
        return figures.period().label() + "（" + fraction(figures.city())
                + (month.plain().comparable() ? "，" + month.plain().commonUnits() : "") + "）";
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
        return name + "（" + fraction(scope) + "）";
    }

    private static String fraction(ScopeFigures scope) {
        return scope.counted() + "/" + scope.active();
    }
}
