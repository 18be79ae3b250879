package org.huizong.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.huizong.form.write.CellFormat;
import org.huizong.form.write.ReportCell;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportTable;
import org.huizong.report.ComparedPeriods.Earlier;

/**
 * The tables of the comparison report (对比分析): the city against earlier periods, each county side by side with
 * the city, each county against the city, the months of the trend, and every figure with its numerator and
 * denominator. A scope's label carries how many units it counts out of how many are active.
 */
final class ComparisonTables {

    private final ComparedPeriods periods;
    private final PeriodFigures current;
    /** The earlier periods' figures by period code. */
    private final Map<String, PeriodFigures> earlier = new LinkedHashMap<>();
    private final List<PeriodFigures> trend;

    ComparisonTables(ComparedPeriods periods, PeriodFigures current, List<PeriodFigures> earlier, List<PeriodFigures> trend) {
        this.periods = periods;
        this.current = current;
        earlier.forEach(f -> this.earlier.put(f.period().code(), f));
        this.trend = List.copyOf(trend);
    }

    /** The city's indicators, grouped, against each earlier period. */
    ReportTable city(List<Indicator> indicators) {
        List<Earlier> compared = periods.earlier().stream().filter(e -> earlierCity(e) != null).toList();
        List<String> header = new ArrayList<>(List.of("指标", periods.currentName() + "\n" + current.period().label()));
        for (Earlier e : compared) {
            header.add(e.name() + "\n" + e.period().label());
            header.add(e.changeName());
        }
        List<ReportRow> rows = new ArrayList<>();
        if (current.consolidated()) {
            List<ReportCell> counted = new ArrayList<>(List.of(ReportCell.number(current.city().counted(), CellFormat.INTEGER)));
            for (Earlier e : compared) {
                counted.add(ReportCell.number(earlierCity(e).counted(), CellFormat.INTEGER));
                counted.add(IndicatorCells.relativeChange(current.city().counted(), earlierCity(e).counted()));
            }
            rows.add(new ReportRow("纳入汇总的单位（个）", ReportRow.Emphasis.TOTAL, counted));
        }
        grouped(indicators).forEach((group, members) -> {
            rows.add(new ReportRow(group, ReportRow.Emphasis.GROUP, header.subList(1, header.size()).stream().map(h -> ReportCell.text("")).toList()));
            for (Indicator indicator : members) {
                List<ReportCell> cells = new ArrayList<>(List.of(IndicatorCells.value(indicator, current.city())));
                for (Earlier e : compared) {
                    ScopeFigures before = earlierCity(e);
                    cells.add(IndicatorCells.value(indicator, before));
                    cells.add(IndicatorCells.change(indicator, current.city(), before));
                }
                rows.add(ReportRow.plain("\u3000" + indicator.name(), cells));
            }
        });
        String against = compared.isEmpty() ? "（没有可比较的期间）"
                : "与" + String.join("、", compared.stream().map(Earlier::name).toList()) + "比较（比率的变化为个百分点，数量的变化为增减幅度）";
        return new ReportTable("全市" + periods.currentName() + against, header, rows);
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

    /** The city over the months of the trend. */
    ReportTable trend(List<Indicator> indicators) {
        List<ReportRow> rows = new ArrayList<>();
        for (PeriodFigures month : trend) {
            String label = month.period().label() + (month.consolidated() ? "（" + fraction(month.city()) + "）" : "");
            rows.add(ReportRow.plain(label, indicators.stream().map(i -> IndicatorCells.value(i, month.city())).toList()));
        }
        return new ReportTable("全市近" + trend.size() + "个月（括号内为纳入/应报单位数）", header("月份", indicators), rows);
    }

    /** Every indicator of every scope and period with its summed numerator and denominator, to recompute by hand. */
    ReportTable detail(List<Indicator> indicators) {
        List<ReportRow> rows = new ArrayList<>();
        List<PeriodFigures> all = new ArrayList<>(List.of(current));
        all.addAll(earlier.values());
        for (PeriodFigures figures : all) {
            if (!figures.consolidated()) {
                continue;
            }
            List<ScopeFigures> scopes = new ArrayList<>(List.of(figures.city()));
            scopes.addAll(figures.counties());
            for (ScopeFigures scope : scopes) {
                for (Indicator indicator : indicators) {
                    IndicatorValue value = indicator.of(scope.values());
                    rows.add(ReportRow.plain(figures.period().label(), List.of(ReportCell.text(scope == figures.city() ? "全市" : "区县"),
                            ReportCell.text(scope.code()), ReportCell.text(scope.name()), ReportCell.text(indicator.name()),
                            ReportCell.number(scope.counted(), CellFormat.INTEGER), ReportCell.number(value.numerator().doubleValue(), CellFormat.INTEGER),
                            value.isRatio() ? ReportCell.number(value.denominator().doubleValue(), CellFormat.INTEGER) : ReportCell.text(""),
                            IndicatorCells.value(indicator, scope))));
                }
            }
        }
        return new ReportTable(null, List.of("期间", "范围", "代码", "名称", "指标", "纳入单位", "分子（或数量）", "分母", "数值"), rows);
    }

    static Map<String, List<Indicator>> grouped(List<Indicator> indicators) {
        Map<String, List<Indicator>> groups = new LinkedHashMap<>();
        indicators.forEach(i -> groups.computeIfAbsent(i.group(), k -> new ArrayList<>()).add(i));
        return groups;
    }

    private ScopeFigures earlierCity(Earlier e) {
        PeriodFigures figures = earlier.get(e.period().code());
        return figures == null ? null : figures.city();
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
