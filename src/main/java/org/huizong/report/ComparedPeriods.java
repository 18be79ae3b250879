package org.huizong.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import org.huizong.text.Messages;

/**
 * Which periods the comparison report sets side by side: a month against the previous month (环比) and the same month
 * a year before (同比); a year against the year before (同比). The trend runs over the 13 months that end with the
 * period's last month.
 */
record ComparedPeriods(ReportPeriod current, String currentName, List<Earlier> earlier, List<ReportPeriod> trend) {

    static final int TREND_MONTHS = 13;

    /** An earlier period: its column name, the name of the change against it, and the period. */
    record Earlier(String name, String changeName, ReportPeriod period) {}

    ComparedPeriods {
        earlier = List.copyOf(earlier);
        trend = List.copyOf(trend);
    }

    static ComparedPeriods of(ReportPeriod period) {
        List<ReportPeriod> trend = new ArrayList<>();
        YearMonth last = period.lastMonth();
        for (int back = TREND_MONTHS - 1; back >= 0; back--) {
            trend.add(ReportPeriod.month(last.minusMonths(back)));
        }
        if (period.kind() == PeriodKind.YEAR) {
            return new ComparedPeriods(
                    period,
                    Messages.text("report.comparison.periods.thisYear"),
                    List.of(new Earlier(
                            Messages.text("report.comparison.periods.lastYear"),
                            Messages.text("report.comparison.periods.yearOnYear"),
                            period.previous())),
                    trend);
        }
        return new ComparedPeriods(
                period,
                Messages.text("report.comparison.periods.thisPeriod"),
                List.of(
                        new Earlier(
                                Messages.text("report.comparison.periods.lastPeriod"),
                                Messages.text("report.comparison.periods.monthOnMonth"),
                                period.previous()),
                        new Earlier(
                                Messages.text("report.comparison.periods.sameMonthLastYear"),
                                Messages.text("report.comparison.periods.yearOnYear"),
                                ReportPeriod.month(period.yearMonth().minusYears(1)))),
                trend);
    }
}
