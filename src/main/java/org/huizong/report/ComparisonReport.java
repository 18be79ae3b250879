package org.huizong.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huizong.form.FormDescriptor;
import org.huizong.form.write.ReportCell;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportSheet;
import org.huizong.form.write.ReportTable;
import org.huizong.output.pdf.PdfDocument;
import org.huizong.output.pdf.PdfSection;
import org.huizong.report.ComparisonBasis.Against;
import org.huizong.text.Messages;

/**
 * The comparison report (对比分析) as a workbook and as a PDF, from the same tables: the 文字说明, the city against
 * earlier periods like for like, each county's changes, the counties side by side and against the city, charts, the
 * trend, and how each indicator is computed.
 */
final class ComparisonReport {

    static final String WORKBOOK = Messages.text("report.comparison.file.workbook");
    static final String PDF = Messages.text("report.comparison.file.pdf");
    private static final String AGAINST_CITY = Messages.text("report.comparison.againstCity.caption");

    private final String title;
    private final FormDescriptor form;
    private final ComparedPeriods periods;
    private final List<Indicator> indicators;
    private final List<Indicator> notApplicable;
    private final PeriodFigures current;
    private final ComparisonBasis basis;
    private final ComparisonTables tables;
    private final ComparisonCharts charts;

    ComparisonReport(
            String cityName,
            FormDescriptor form,
            ComparedPeriods periods,
            List<Indicator> all,
            PeriodFigures current,
            ComparisonBasis basis) {
        this.title = Messages.text(
                "report.comparison.title", cityName, periods.current().label());
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
        sheets.add(new ReportSheet(Messages.text("report.sheet.notes"), title, notes(), List.of(definitions())));
        sheets.add(new ReportSheet(
                Messages.text("report.scope.city"),
                title,
                narrative(),
                city.isEmpty() ? List.of(nothingToCompare()) : city));
        if (!changes.isEmpty()) {
            sheets.add(new ReportSheet(
                    Messages.text("report.comparison.sheet.countyChanges"),
                    title,
                    List.of(Messages.text("report.comparison.countyChanges.note")),
                    changes));
        }
        sheets.add(new ReportSheet(
                Messages.text("report.comparison.sheet.counties"),
                title,
                List.of(),
                List.of(tables.counties(
                        indicators, Messages.text("report.comparison.counties.caption", periods.currentName())))));
        sheets.add(new ReportSheet(
                Messages.text("report.comparison.sheet.againstCity"),
                title,
                List.of(),
                List.of(tables.againstCity(indicators, AGAINST_CITY))));
        sheets.add(new ReportSheet(
                Messages.text("report.comparison.sheet.trend"),
                title,
                List.of(trendNote()),
                List.of(tables.trendChanges(indicators), tables.trendValues(indicators))));
        sheets.add(new ReportSheet(
                Messages.text("report.comparison.sheet.detail"),
                title,
                List.of(Messages.text("report.comparison.detail.note")),
                List.of(tables.detail(indicators))));
        return sheets;
    }

    PdfDocument document(String subtitle) {
        List<PdfSection> sections = new ArrayList<>();
        sections.add(PdfSection.text(false, Messages.text("report.comparison.section.narrative"), narrative()));
        List<Against> compared = tables.compared();
        boolean first = true;
        for (Against against : compared) {
            sections.add(PdfSection.table(
                    false,
                    first ? Messages.text("report.comparison.section.city") : null,
                    tables.city(indicators, against)));
            first = false;
        }
        if (compared.isEmpty()) {
            sections.add(PdfSection.table(false, Messages.text("report.comparison.section.city"), nothingToCompare()));
        }
        first = true;
        for (Against against : compared) {
            for (Map.Entry<String, List<Indicator>> group :
                    ComparisonTables.grouped(indicators).entrySet()) {
                sections.add(PdfSection.table(
                        first,
                        first ? Messages.text("report.comparison.section.countyChanges") : null,
                        tables.countyChanges(
                                group.getValue(),
                                against,
                                Messages.text(
                                        "report.comparison.groupCaption",
                                        countyChangeCaption(against),
                                        group.getKey()))));
                first = false;
            }
        }
        first = true;
        for (Map.Entry<String, List<Indicator>> group :
                ComparisonTables.grouped(indicators).entrySet()) {
            sections.add(PdfSection.table(
                    first,
                    first ? Messages.text("report.comparison.section.counties") : null,
                    tables.counties(group.getValue(), group.getKey())));
            first = false;
        }
        first = true;
        for (Map.Entry<String, List<Indicator>> group :
                ComparisonTables.grouped(indicators).entrySet()) {
            sections.add(PdfSection.table(
                    false,
                    first ? Messages.text("report.comparison.section.againstCity") : null,
                    tables.againstCity(group.getValue(), group.getKey())));
            first = false;
        }
        sections.add(PdfSection.charts(
                true,
                Messages.text("report.comparison.section.charts"),
                List.of(
                        Messages.text("report.comparison.charts.left", periods.currentName()),
                        Messages.text("report.comparison.charts.right", ComparedPeriods.TREND_MONTHS, trendNote())),
                charts.of(indicators)));
        List<Indicator> charted = indicators.stream().filter(Indicator::chart).toList();
        sections.add(PdfSection.table(
                true,
                Messages.text("report.comparison.section.trend", ComparedPeriods.TREND_MONTHS),
                tables.trendChanges(charted)));
        sections.add(PdfSection.table(false, null, tables.trendValues(charted)));
        List<String> methods = new ArrayList<>(notes());
        methods.addAll(definitionLines());
        sections.add(PdfSection.text(true, Messages.text("report.sheet.notes"), methods));
        return new PdfDocument(title, subtitle, title, sections);
    }

    /** The largest real changes of the city, like for like. */
    private List<String> narrative() {
        List<Against> compared = tables.compared();
        if (compared.isEmpty()) {
            return List.of(Messages.text("report.comparison.nothingToCompare"));
        }
        return new ComparisonNarrative(form).lines(indicators, compared, periods.currentName());
    }

    private String countyChangeCaption(Against against) {
        return Messages.text(
                "report.comparison.countyChanges.caption",
                against.earlier().changeName(),
                against.earlier().name(),
                against.earlier().period().label());
    }

    private static String trendNote() {
        return Messages.text("report.comparison.trend.note");
    }

    private static ReportTable nothingToCompare() {
        return new ReportTable(
                null,
                List.of(Messages.text("report.sheet.notes")),
                List.of(ReportRow.plain(Messages.text("report.comparison.nothingToCompare.row"), List.of())));
    }

    /** The periods compared, what each counts, and how the figures are computed. */
    private List<String> notes() {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text(
                "report.comparison.notes.period",
                periods.currentName(),
                current.period().label(),
                current.consolidated()
                        ? Messages.text(
                                "report.comparison.notes.counted",
                                current.city().counted(),
                                current.city().active())
                        : Messages.text("report.comparison.notes.noFigures")));
        for (Against against : basis.against()) {
            ChangeBase city = against.city();
            lines.add(Messages.text(
                    "report.comparison.notes.period",
                    against.earlier().name(),
                    against.earlier().period().label(),
                    city.beforeAll() != null
                            ? Messages.text(
                                    "report.comparison.notes.earlierCounted",
                                    city.beforeAll().counted(),
                                    city.beforeAll().active(),
                                    city.commonUnits(),
                                    against.earlier().changeName())
                            : Messages.text("report.comparison.notes.earlierNoFigures")));
        }
        lines.add(Messages.text("report.comparison.notes.likeForLike"));
        lines.add(Messages.text("report.comparison.notes.yearToDate"));
        lines.add(Messages.text(
                "report.comparison.notes.ratios", IndicatorCells.ZERO_DENOMINATOR, IndicatorCells.NO_UNITS));
        if (!notApplicable.isEmpty()) {
            lines.add(Messages.text(
                    "report.comparison.notes.notApplicable",
                    form.name(),
                    String.join(
                            Messages.text("report.list.separator"),
                            notApplicable.stream().map(Indicator::name).toList())));
        }
        return lines;
    }

    private ReportTable definitions() {
        List<ReportRow> rows = indicators.stream()
                .map(i -> ReportRow.plain(
                        i.name(),
                        List.of(
                                ReportCell.text(i.group()),
                                ReportCell.text(i.formula()),
                                ReportCell.text(i.labelledFormula(form)),
                                ReportCell.text(i.note()))))
                .toList();
        return new ReportTable(
                Messages.text("report.comparison.definitions.caption"),
                List.of(
                        Messages.text("report.comparison.header.indicator"),
                        Messages.text("report.comparison.definitions.group"),
                        Messages.text("report.comparison.definitions.byCode"),
                        Messages.text("report.comparison.definitions.byLabel"),
                        Messages.text("report.sheet.notes")),
                rows);
    }

    private List<String> definitionLines() {
        return indicators.stream()
                .map(i -> Messages.text(
                        "report.comparison.definition",
                        i.name(),
                        i.labelledFormula(form),
                        i.formula(),
                        i.note() == null ? "" : Messages.text("report.comparison.definition.note", i.note())))
                .toList();
    }
}
