package org.huizong.report;

import org.huizong.form.write.CellFormat;
import org.huizong.form.write.ReportCell;
import org.huizong.text.Messages;

/**
 * How an indicator reads in a report cell, the same in the workbook and the PDF: a count or a percentage; a dash with
 * its reason when there is no number (a zero denominator is never shown as 0%); a change as a relative change for a
 * count and as percentage points for a ratio.
 */
final class IndicatorCells {

    static final String ZERO_DENOMINATOR = Messages.text("report.cell.zeroDenominator");
    static final String NO_UNITS = Messages.text("report.cell.noUnits");
    static final String NOT_CONSOLIDATED = Messages.text("report.cell.notConsolidated");
    static final String NO_BASE = Messages.text("report.cell.noBase");
    static final String NOT_COMPARABLE = "—";
    static final String NO_COMMON_UNITS = Messages.text("report.cell.noCommonUnits");

    private IndicatorCells() {}

    /** The number to show or plot (a ratio as a fraction); null when the scope has none. */
    static Double valueOf(Indicator indicator, ScopeFigures scope) {
        return scope == null || !scope.countsAnyUnit()
                ? null
                : indicator.of(scope.values()).value();
    }

    static ReportCell value(Indicator indicator, ScopeFigures scope) {
        if (scope == null) {
            return ReportCell.text(NOT_CONSOLIDATED);
        }
        if (!scope.countsAnyUnit()) {
            return ReportCell.text(NO_UNITS);
        }
        Double value = indicator.of(scope.values()).value();
        return value == null ? ReportCell.text(ZERO_DENOMINATOR) : ReportCell.number(value, format(indicator));
    }

    /** The change from an earlier period: percentage points for a ratio, the relative change for a count. */
    static ReportCell change(Indicator indicator, ScopeFigures now, ScopeFigures before) {
        Double current = valueOf(indicator, now);
        Double earlier = valueOf(indicator, before);
        if (current == null || earlier == null) {
            return ReportCell.text(NOT_COMPARABLE);
        }
        if (indicator.isRatio()) {
            return ReportCell.number((current - earlier) * 100, CellFormat.POINTS);
        }
        return relativeChange(current, earlier);
    }

    /** The change on the units counted in both periods (可比口径). */
    static ReportCell likeForLike(Indicator indicator, ChangeBase base) {
        if (!base.comparable()) {
            return ReportCell.text(NOT_COMPARABLE);
        }
        if (base.commonUnits() == 0) {
            return ReportCell.text(NO_COMMON_UNITS);
        }
        return change(indicator, base.nowCommon(), base.beforeCommon());
    }

    /** A count's change as a share of the earlier count. */
    static ReportCell relativeChange(double current, double earlier) {
        return earlier == 0
                ? ReportCell.text(NO_BASE)
                : ReportCell.number((current - earlier) / earlier, CellFormat.SIGNED_PERCENT);
    }

    /** A county against the city: percentage points from the city's ratio, or its share of the city's count. */
    static ReportCell againstCity(Indicator indicator, ScopeFigures county, ScopeFigures city) {
        Double own = valueOf(indicator, county);
        Double whole = valueOf(indicator, city);
        if (own == null) {
            return value(indicator, county);
        }
        if (whole == null) {
            return ReportCell.text(NOT_COMPARABLE);
        }
        if (indicator.isRatio()) {
            return ReportCell.number((own - whole) * 100, CellFormat.POINTS);
        }
        return whole == 0 ? ReportCell.text(NO_BASE) : ReportCell.number(own / whole, CellFormat.PERCENT);
    }

    static CellFormat format(Indicator indicator) {
        return indicator.isRatio() ? CellFormat.PERCENT : CellFormat.INTEGER;
    }
}
