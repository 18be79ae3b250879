package org.huizong.report;

import java.util.ArrayList;
import java.util.List;
import org.huizong.form.FormDescriptor;
import org.huizong.form.write.CellFormat;
import org.huizong.form.write.ReportCell;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportTable;
import org.huizong.report.ComparisonBasis.Against;
import org.huizong.text.Messages;

/**
 * The last table of the comparison report: every indicator of the city and each county, for the period and each
 * earlier one it is compared with, on each base (all units, like for like, the month's increase), with the summed
 * numerator and denominator, so that a reader can recompute every figure of the report by hand.
 */
final class ComparisonDetail {

    private final FormDescriptor form;
    private final PeriodFigures current;
    private final List<Against> compared;

    ComparisonDetail(FormDescriptor form, PeriodFigures current, List<Against> compared) {
        this.form = form;
        this.current = current;
        this.compared = compared;
    }

    /** Every indicator of every scope and period with its summed numerator and denominator, to recompute by hand. */
    ReportTable table(List<Indicator> indicators) {
        List<ReportRow> rows = new ArrayList<>();
        if (current.consolidated()) {
            addDetail(
                    rows,
                    current.period().label(),
                    Messages.text("report.comparison.detail.allUnits"),
                    current.city(),
                    current.counties(),
                    indicators);
        }
        for (Against against : compared) {
            String label = against.earlier().period().label();
            addDetail(
                    rows,
                    label,
                    Messages.text("report.comparison.detail.allUnits"),
                    against.city().beforeAll(),
                    against.counties().values().stream()
                            .map(ChangeBase::beforeAll)
                            .filter(s -> s != null)
                            .toList(),
                    indicators);
            String base = Messages.text(
                    "report.comparison.detail.comparable", against.earlier().name());
            addDetail(
                    rows,
                    current.period().label(),
                    base,
                    against.city().nowCommon(),
                    against.counties().values().stream()
                            .map(ChangeBase::nowCommon)
                            .filter(s -> s != null)
                            .toList(),
                    indicators);
            addDetail(
                    rows,
                    label,
                    base,
                    against.city().beforeCommon(),
                    against.counties().values().stream()
                            .map(ChangeBase::beforeCommon)
                            .filter(s -> s != null)
                            .toList(),
                    indicators);
            if (against.cityFlows() != null) {
                List<Indicator> ytd =
                        indicators.stream().filter(i -> i.isYearToDate(form)).toList();
                ChangeBase flows = against.cityFlows();
                addDetail(
                        rows,
                        current.period().label(),
                        Messages.text("report.comparison.detail.increaseAll"),
                        flows.nowAll(),
                        List.of(),
                        ytd);
                addDetail(
                        rows,
                        label,
                        Messages.text("report.comparison.detail.increaseAll"),
                        flows.beforeAll(),
                        List.of(),
                        ytd);
                addDetail(
                        rows,
                        current.period().label(),
                        Messages.text(
                                "report.comparison.detail.increaseComparable",
                                against.earlier().name()),
                        flows.nowCommon(),
                        List.of(),
                        ytd);
                addDetail(
                        rows,
                        label,
                        Messages.text(
                                "report.comparison.detail.increaseComparable",
                                against.earlier().name()),
                        flows.beforeCommon(),
                        List.of(),
                        ytd);
            }
        }
        return new ReportTable(
                null, List.of(Messages.text("report.comparison.detail.header").split("\\|")), rows);
    }

    private void addDetail(
            List<ReportRow> rows,
            String period,
            String base,
            ScopeFigures city,
            List<ScopeFigures> counties,
            List<Indicator> indicators) {
        if (city == null) {
            return;
        }
        List<ScopeFigures> scopes = new ArrayList<>(List.of(city));
        scopes.addAll(counties);
        for (ScopeFigures scope : scopes) {
            for (Indicator indicator : indicators) {
                IndicatorValue value = indicator.of(scope.values());
                rows.add(ReportRow.plain(
                        period,
                        List.of(
                                ReportCell.text(base),
                                ReportCell.text(
                                        Messages.text(scope == city ? "report.scope.city" : "report.scope.county")),
                                ReportCell.text(scope.code()),
                                ReportCell.text(scope.name()),
                                ReportCell.text(indicator.name()),
                                ReportCell.number(scope.counted(), CellFormat.INTEGER),
                                ReportCell.number(value.numerator().doubleValue(), CellFormat.INTEGER),
                                value.isRatio()
                                        ? ReportCell.number(value.denominator().doubleValue(), CellFormat.INTEGER)
                                        : ReportCell.text(""),
                                IndicatorCells.value(indicator, scope))));
            }
        }
    }
}
