package org.huizong.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huizong.consolidation.UnitStatuses.UnitStatus;
import org.huizong.form.FormDescriptor;
import org.huizong.form.write.CellFormat;
import org.huizong.form.write.ReportCell;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportSheet;
import org.huizong.form.write.ReportTable;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;
import org.huizong.validation.SubmissionStatus;

/**
 * What the summary says besides the official tables, the same in 汇总表.xlsx and 汇总报告.pdf: its title, what the
 * totals cover (how many active units are counted, and every unit left out by name and status), and 表一 by unit
 * category and channel.
 */
final class SummaryContent {

    private static final List<SubmissionStatus> LEFT_OUT =
            List.of(SubmissionStatus.RETURNED, SubmissionStatus.REJECTED, SubmissionStatus.MISSING);
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final RunContext run;
    private final List<UnitStatus> units;
    private final Set<String> counted;
    private final PeriodFigures figures;
    private final List<CategoryColumn> categoryColumns;
    private final String categoryCaption;

    SummaryContent(
            RunContext run,
            List<UnitStatus> units,
            Set<String> counted,
            PeriodFigures figures,
            ReportDefinitions definitions) {
        this.run = run;
        this.units = List.copyOf(units);
        this.counted = Set.copyOf(counted);
        this.figures = figures;
        this.categoryColumns = definitions.categoryColumnsOf(run.form());
        this.categoryCaption = definitions.categoryCaption();
    }

    String title() {
        return Messages.text(
                "report.summary.title", run.city().name(), run.period().label());
    }

    String periodLabel() {
        return run.period().label();
    }

    /** The office that issues the summary (city.yml). */
    String office() {
        return run.city().office();
    }

    PeriodFigures figures() {
        return figures;
    }

    FormDescriptor form() {
        return run.form();
    }

    /** The line above a scope's official tables: which scope, how many units it counts, the period. */
    String scopeHeading(ScopeFigures scope, boolean city) {
        String name = city
                ? Messages.text("report.summary.scopeHeading.city", run.city().name())
                : scope.name();
        return Messages.text(
                "report.summary.scopeHeading",
                name,
                scope.counted(),
                scope.active(),
                run.period().label());
    }

    /** The coverage in sentences: counted units, and those left out by status. */
    List<String> coverage() {
        List<UnitStatus> leftOut = leftOut();
        Map<SubmissionStatus, Integer> byStatus = new LinkedHashMap<>();
        LEFT_OUT.forEach(s -> byStatus.put(s, 0));
        leftOut.forEach(u -> byStatus.merge(leftOutStatus(u), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        byStatus.forEach((status, n) -> {
            if (n > 0) {
                parts.add(Messages.text(
                        "report.summary.leftOutStatus",
                        status.label(run.period().kind()),
                        n));
            }
        });
        int active = units.size();
        String share = active == 0
                ? ""
                : Messages.text(
                        "report.summary.share", CellFormat.PERCENT.text((double) (active - leftOut.size()) / active));
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text(
                "report.summary.coverage.period",
                run.period().label(),
                run.form().name()));
        String rest = leftOut.isEmpty()
                ? Messages.text("report.summary.coverage.allCounted")
                : Messages.text(
                        "report.summary.coverage.leftOut",
                        leftOut.size(),
                        String.join(Messages.text("report.list.separator"), parts));
        lines.add(Messages.text("report.summary.coverage.counted", active, active - leftOut.size(), share, rest));
        lines.add(Messages.text("report.summary.coverage.only"));
        return lines;
    }

    ReportTable countyCoverage() {
        Map<String, int[]> byCounty = new LinkedHashMap<>();
        int[] city = new int[6];
        for (UnitStatus unit : units) {
            int[] county = byCounty.computeIfAbsent(unit.countyName(), k -> new int[6]);
            int column = column(unit);
            for (int[] counts : List.of(county, city)) {
                counts[0]++;
                counts[column]++;
                if (column == 2) {
                    counts[1]++;
                }
            }
        }
        List<ReportRow> rows = new ArrayList<>();
        byCounty.forEach((county, counts) -> rows.add(ReportRow.plain(county, coverageCells(counts))));
        rows.add(new ReportRow(Messages.text("report.scope.city"), ReportRow.Emphasis.TOTAL, coverageCells(city)));
        List<String> header = new ArrayList<>(List.of(
                Messages.text("report.scope.county"),
                Messages.text("report.summary.counties.active"),
                Messages.text("report.summary.counties.counted"),
                Messages.text("report.summary.counties.withWarnings")));
        LEFT_OUT.forEach(status -> header.add(status.label(run.period().kind())));
        header.add(Messages.text("report.summary.counties.rate"));
        return new ReportTable(Messages.text("report.summary.counties.caption"), header, rows);
    }

    ReportTable leftOutUnits() {
        List<ReportRow> rows = leftOut().stream()
                .map(u -> ReportRow.plain(
                        u.name(),
                        List.of(
                                ReportCell.text(u.countyName()),
                                ReportCell.text(
                                        leftOutStatus(u).label(run.period().kind())),
                                ReportCell.text(u.receivedAt() == null ? "" : RECEIVED.format(u.receivedAt())))))
                .toList();
        return new ReportTable(
                Messages.text("report.summary.leftOut.caption", rows.size()),
                List.of(
                        Messages.text("report.header.unitName"),
                        Messages.text("report.scope.county"),
                        Messages.text("report.summary.leftOut.situation"),
                        Messages.text("report.summary.leftOut.received")),
                rows);
    }

    /** 表一 by unit category and channel; empty when the period's form has no 表一. */
    List<ReportTable> categories() {
        if (categoryColumns.isEmpty() || !figures.consolidated()) {
            return List.of();
        }
        List<String> header = new ArrayList<>(List.of(Messages.text("report.summary.categories.header")));
        categoryColumns.forEach(c -> header.add(c.label()));
        List<ReportRow> rows = new ArrayList<>();
        for (ScopeFigures category : CategoryOrder.of(run).sorted(figures.categories())) {
            rows.add(ReportRow.plain(
                    Messages.text(
                            "report.summary.categories.row", category.name(), category.counted(), category.active()),
                    categoryCells(category)));
        }
        rows.add(new ReportRow(
                Messages.text(
                        "report.summary.categories.row",
                        Messages.text("report.scope.city"),
                        figures.city().counted(),
                        figures.city().active()),
                ReportRow.Emphasis.TOTAL,
                categoryCells(figures.city())));
        return List.of(
                new ReportTable(Messages.text("report.summary.categories.caption", categoryCaption), header, rows));
    }

    /** The workbook's cover: the title, the coverage, and the tables of counties and of the units left out. */
    ReportSheet cover() {
        List<String> lines = new ArrayList<>(coverage());
        lines.add(Messages.text("report.summary.cover.contents"));
        return new ReportSheet(
                Messages.text("report.sheet.notes"), title(), lines, List.of(countyCoverage(), leftOutUnits()));
    }

    private List<ReportCell> categoryCells(ScopeFigures scope) {
        return categoryColumns.stream()
                .map(c -> scope.countsAnyUnit()
                        ? ReportCell.figure(scope.value(c.item()), false)
                        : ReportCell.text(IndicatorCells.NO_UNITS))
                .toList();
    }

    private static List<ReportCell> coverageCells(int[] counts) {
        List<ReportCell> cells = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            cells.add(ReportCell.number(counts[c], CellFormat.INTEGER));
        }
        cells.add(
                counts[0] == 0
                        ? ReportCell.text("—")
                        : ReportCell.number((double) counts[1] / counts[0], CellFormat.PERCENT));
        return cells;
    }

    /** 1 counted, 2 counted with warnings (also in 1), 3 returned, 4 rejected, 5 missing. */
    private int column(UnitStatus unit) {
        if (counted.contains(unit.uscc())) {
            return unit.status() == SubmissionStatus.ACCEPTED_WITH_WARNINGS ? 2 : 1;
        }
        return 3 + LEFT_OUT.indexOf(leftOutStatus(unit));
    }

    private List<UnitStatus> leftOut() {
        return units.stream().filter(u -> !counted.contains(u.uscc())).toList();
    }

    /** Why a unit is not counted; a unit whose file was accepted after the consolidation counts as missing until the next run. */
    private static SubmissionStatus leftOutStatus(UnitStatus unit) {
        return LEFT_OUT.contains(unit.status()) ? unit.status() : SubmissionStatus.MISSING;
    }
}
