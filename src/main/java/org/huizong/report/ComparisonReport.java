package org.huizong.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huizong.form.FormDescriptor;
import org.huizong.form.write.ReportCell;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportSheet;
import org.huizong.form.write.ReportTable;
import org.huizong.report.ComparisonBasis.Against;
import org.huizong.output.pdf.PdfDocument;
import org.huizong.output.pdf.PdfSection;

/**
 * The comparison report (对比分析) as a workbook and as a PDF, from the same tables: the 文字说明, the city against
 * earlier periods like for like, each county's changes, the counties side by side and against the city, charts, the
 * trend, and how each indicator is computed.
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
    private final PeriodFigures current;
    private final ComparisonBasis basis;
    private final ComparisonTables tables;
    private final ComparisonCharts charts;

    ComparisonReport(String cityName, FormDescriptor form, ComparedPeriods periods, List<Indicator> all, PeriodFigures current,
                     ComparisonBasis basis) {
        this.title = cityName + periods.current().label() + "政府信息公开统计对比分析";
        this.form = form;
        this.periods = periods;
        this.indicators = all.stream().filter(i -> i.appliesTo(form)).toList();
        this.notApplicable = all.stream().filter(i -> !i.appliesTo(form)).toList();
        this.current = current;
        this.basis = basis;
        this.tables = new ComparisonTables(periods, form, current, basis);
        this.charts = new ComparisonCharts(current, basis.trend(), form);
    }

    List<ReportSheet> sheets() {
        List<ReportTable> city = new ArrayList<>();
        tables.compared().forEach(a -> city.add(tables.city(indicators, a)));
        List<ReportTable> changes = new ArrayList<>();
        tables.compared().forEach(a -> changes.add(tables.countyChanges(indicators, a, countyChangeCaption(a))));
        List<ReportSheet> sheets = new ArrayList<>();
        sheets.add(new ReportSheet("说明", title, notes(), List.of(definitions())));
        sheets.add(new ReportSheet("全市", title, narrative(), city.isEmpty() ? List.of(nothingToCompare()) : city));
        if (!changes.isEmpty()) {
            sheets.add(new ReportSheet("区县增减", title, List.of("各区县的增减均按本区县两期都纳入汇总的单位计算（可比口径）；括号内为可比单位数/应报单位数。"), changes));
        }
        sheets.add(new ReportSheet("区县比较", title, List.of(), List.of(tables.counties(indicators, "各区县" + periods.currentName()))));
        sheets.add(new ReportSheet("与全市比较", title, List.of(), List.of(tables.againstCity(indicators, AGAINST_CITY))));
        sheets.add(new ReportSheet("趋势", title, List.of(trendNote()), List.of(tables.trendChanges(indicators), tables.trendValues(indicators))));
        sheets.add(new ReportSheet("指标明细", title, List.of("每个期间、口径、范围和指标的分子、分母（汇总后的合计）和结果，可据此逐项复核。"),
                List.of(tables.detail(indicators))));
        return sheets;
    }

    PdfDocument document(String subtitle) {
        List<PdfSection> sections = new ArrayList<>();
        sections.add(PdfSection.text(false, "文字说明", narrative()));
        List<Against> compared = tables.compared();
        boolean first = true;
        for (Against against : compared) {
            sections.add(PdfSection.table(false, first ? "全市主要指标" : null, tables.city(indicators, against)));
            first = false;
        }
        if (compared.isEmpty()) {
            sections.add(PdfSection.table(false, "全市主要指标", nothingToCompare()));
        }
        first = true;
        for (Against against : compared) {
            for (Map.Entry<String, List<Indicator>> group : ComparisonTables.grouped(indicators).entrySet()) {
                sections.add(PdfSection.table(first, first ? "各区县增减（可比口径）" : null,
                        tables.countyChanges(group.getValue(), against, countyChangeCaption(against) + "·" + group.getKey())));
                first = false;
            }
        }
        first = true;
        for (Map.Entry<String, List<Indicator>> group : ComparisonTables.grouped(indicators).entrySet()) {
            sections.add(PdfSection.table(first, first ? "各区县比较" : null, tables.counties(group.getValue(), group.getKey())));
            first = false;
        }
        first = true;
        for (Map.Entry<String, List<Indicator>> group : ComparisonTables.grouped(indicators).entrySet()) {
            sections.add(PdfSection.table(false, first ? "各区县与全市比较" : null, tables.againstCity(group.getValue(), group.getKey())));
            first = false;
        }
        sections.add(PdfSection.charts(true, "图表", List.of("左图为各区县" + periods.currentName() + "的数值（比率另列全市）；没有柱的区县无纳入单位或分母为0。",
                "右图为全市近" + ComparedPeriods.TREND_MONTHS + "个月的走势，月份后为该月纳入汇总的单位数。" + trendNote()), charts.of(indicators)));
        List<Indicator> charted = indicators.stream().filter(Indicator::chart).toList();
        sections.add(PdfSection.table(true, "全市近" + ComparedPeriods.TREND_MONTHS + "个月", tables.trendChanges(charted)));
        sections.add(PdfSection.table(false, null, tables.trendValues(charted)));
        List<String> methods = new ArrayList<>(notes());
        methods.addAll(definitionLines());
        sections.add(PdfSection.text(true, "说明", methods));
        return new PdfDocument(title, subtitle, title, sections);
    }

    /** The largest real changes of the city, like for like. */
    private List<String> narrative() {
        List<Against> compared = tables.compared();
        if (compared.isEmpty()) {
            return List.of("没有可比较的期间（上期和去年同期均未汇总）。");
        }
        return new ComparisonNarrative(form).lines(indicators, compared, periods.currentName());
    }

    private String countyChangeCaption(Against against) {
        return "各区县" + against.earlier().changeName() + "（与" + against.earlier().name() + against.earlier().period().label() + "比较，可比口径）";
    }

    private static String trendNote() {
        return "数量指标的折线按可比口径推算：以本月数为准，每向前一个月减去两个月都纳入汇总的单位的增减量，纳入单位数的变化不显示为升降；"
                + "比率为各月全部纳入单位的比率；表四（本年累计）类指标按每月新增计。";
    }

    private static ReportTable nothingToCompare() {
        return new ReportTable(null, List.of("说明"), List.of(ReportRow.plain("上期和去年同期均未汇总，没有可比较的期间", List.of())));
    }

    /** The periods compared, what each counts, and how the figures are computed. */
    private List<String> notes() {
        List<String> lines = new ArrayList<>();
        lines.add(periods.currentName() + "：" + current.period().label() + "，" + (current.consolidated()
                ? "纳入汇总 " + current.city().counted() + " 个单位（应报 " + current.city().active() + " 个）。" : "没有汇总数据。"));
        for (Against against : basis.against()) {
            ChangeBase city = against.city();
            lines.add(against.earlier().name() + "：" + against.earlier().period().label() + "，" + (city.beforeAll() != null
                    ? "纳入汇总 " + city.beforeAll().counted() + " 个单位（应报 " + city.beforeAll().active() + " 个）；两期都纳入的 "
                            + city.commonUnits() + " 个单位为" + against.earlier().changeName() + "的可比口径。"
                    : "没有汇总数据（该期未运行），不作比较。"));
        }
        lines.add("环比、同比均按可比口径计算：只比较两期都纳入汇总的单位，纳入单位多少的变化不计为增减；全部纳入单位的合计及其增减列在旁边，仅供参考。");
        lines.add("表四为本年累计数：同比以本年累计与去年同月的本年累计比较；环比以本月新增（本月累计减上月累计，1月即为当月累计）与上月新增比较，"
                + "不以1月的累计数与上年12月的全年数相比。");
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
        return indicators.stream().map(i -> i.name() + " = " + i.labelledFormula(form) + "（" + i.formula() + "）。"
                + (i.note() == null ? "" : i.note() + "。")).toList();
    }
}
