package org.huizong.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huizong.form.FormDescriptor;
import org.huizong.form.write.ReportCell;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportSheet;
import org.huizong.form.write.ReportTable;
import org.huizong.report.ComparedPeriods.Earlier;
import org.huizong.report.pdf.PdfDocument;
import org.huizong.report.pdf.PdfSection;

/**
 * The comparison report (对比分析) as a workbook and as a PDF, from the same tables: the city against earlier
 * periods, the counties side by side and against the city, charts, the trend, and how each indicator is computed.
 */
final class ComparisonReport {

    static final String WORKBOOK = "对比分析.xlsx";
    static final String PDF = "对比分析.pdf";
    private static final String AGAINST_CITY = "各区县与全市比较：比率为与全市之差（个百分点），数量为占全市的比例";

    private final String title;
    private final FormDescriptor form;
    private final ComparedPeriods periods;
    private final List<Indicator> indicators;
    private final List<Indicator> notApplicable;
    private final List<PeriodFigures> compared;
    private final ComparisonTables tables;
    private final ComparisonCharts charts;

    ComparisonReport(String cityName, FormDescriptor form, ComparedPeriods periods, List<Indicator> all, PeriodFigures current,
                     List<PeriodFigures> earlier, List<PeriodFigures> trend) {
        this.title = cityName + periods.current().label() + "政府信息公开统计对比分析";
        this.form = form;
        this.periods = periods;
        this.indicators = all.stream().filter(i -> i.appliesTo(form)).toList();
        this.notApplicable = all.stream().filter(i -> !i.appliesTo(form)).toList();
        this.compared = new ArrayList<>(List.of(current));
        compared.addAll(earlier);
        this.tables = new ComparisonTables(periods, current, earlier, trend);
        this.charts = new ComparisonCharts(current, trend);
    }

    List<ReportSheet> sheets() {
        return List.of(new ReportSheet("说明", title, notes(), List.of(definitions())),
                new ReportSheet("全市", title, List.of(), List.of(tables.city(indicators))),
                new ReportSheet("区县比较", title, List.of(), List.of(tables.counties(indicators, "各区县" + periods.currentName()))),
                new ReportSheet("与全市比较", title, List.of(), List.of(tables.againstCity(indicators, AGAINST_CITY))),
                new ReportSheet("趋势", title, List.of(), List.of(tables.trend(indicators))),
                new ReportSheet("指标明细", title, List.of("每个期间、范围和指标的分子、分母（汇总后的合计）和结果，可据此逐项复核。"),
                        List.of(tables.detail(indicators))));
    }

    PdfDocument document(String subtitle) {
        List<PdfSection> sections = new ArrayList<>();
        sections.add(PdfSection.text(false, "说明", notes()));
        sections.add(PdfSection.table(false, "全市主要指标", tables.city(indicators)));
        boolean first = true;
        for (Map.Entry<String, List<Indicator>> group : ComparisonTables.grouped(indicators).entrySet()) {
            sections.add(PdfSection.table(first, first ? "各区县比较" : null, tables.counties(group.getValue(), group.getKey())));
            first = false;
        }
        first = true;
        for (Map.Entry<String, List<Indicator>> group : ComparisonTables.grouped(indicators).entrySet()) {
            sections.add(PdfSection.table(false, first ? "各区县与全市比较" : null, tables.againstCity(group.getValue(), group.getKey())));
            first = false;
        }
        sections.add(PdfSection.charts(true, "图表", List.of("左图为各区县" + periods.currentName() + "的数值（比率另列全市）；没有柱的区县无纳入单位或分母为0。"
                + "右图为全市近" + ComparedPeriods.TREND_MONTHS + "个月的走势，断点为该月未汇总或分母为0。"), charts.of(indicators)));
        sections.add(PdfSection.table(true, "全市近" + ComparedPeriods.TREND_MONTHS + "个月",
                tables.trend(indicators.stream().filter(Indicator::chart).toList())));
        sections.add(PdfSection.text(false, "指标说明", definitionLines()));
        return new PdfDocument(title, subtitle, title, sections);
    }

    /** The periods compared, what each counts, and how the figures are computed. */
    private List<String> notes() {
        List<String> lines = new ArrayList<>();
        for (PeriodFigures figures : compared) {
            String name = figures == compared.get(0) ? periods.currentName()
                    : periods.earlier().stream().filter(e -> e.period().equals(figures.period())).map(Earlier::name).findFirst().orElse("");
            lines.add(name + "：" + figures.period().label() + "，" + (figures.consolidated()
                    ? "纳入汇总 " + figures.city().counted() + " 个单位（应报 " + figures.city().active() + " 个）。"
                    : "没有汇总数据（该期未运行），不作比较。"));
        }
        lines.add("各期数字只含纳入汇总的单位；各期纳入的单位不同时，增减的一部分来自纳入范围的变化。");
        lines.add("比率在每一级（区县、全市）都由汇总后的分子、分母重新计算，不是下级比率的平均；分母为0时显示“"
                + IndicatorCells.ZERO_DENOMINATOR + "”，没有纳入单位的区县显示“" + IndicatorCells.NO_UNITS + "”。");
        if (!notApplicable.isEmpty()) {
            lines.add("本期报表（" + form.name() + "）没有以下指标所需的项目，本报告不含（月度数字见各月的对比分析）："
                    + String.join("、", notApplicable.stream().map(Indicator::name).toList()) + "。");
        }
        return lines;
    }

    private ReportTable definitions() {
        List<ReportRow> rows = indicators.stream().map(i -> ReportRow.plain(i.name(), List.of(ReportCell.text(i.group()),
                ReportCell.text(i.formula()), ReportCell.text(i.labelledFormula(form)), ReportCell.text(i.note())))).toList();
        return new ReportTable("指标说明", List.of("指标", "类别", "计算方法（项目代码）", "计算方法（报表项目）", "说明"), rows);
    }

    private List<String> definitionLines() {
        return indicators.stream().map(i -> i.name() + " = " + i.formula() + "，即 " + i.labelledFormula(form) + "。"
                + (i.note() == null ? "" : i.note() + "。")).toList();
    }
}
