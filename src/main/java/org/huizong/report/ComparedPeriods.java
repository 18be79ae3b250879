package org.huizong.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;

/**
 * Which periods the comparison report sets side by side: a month against the previous month (环比) and the same month
 * a year before (同比); a year against the year before (同比). The trend runs over the 13 months that end with the
 * period's last month.
 */
record ComparedPeriods(ReportPeriod current, String currentName, List<Earlier> earlier, List<ReportPeriod> trend) {

    static final int TREND_MONTHS = 13;

    /** An earlier period: its column name, the name of the change against it, and the period. */
    record Earlier(String name, String changeName, ReportPeriod period) {
    }

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
            return new ComparedPeriods(period, "本年", List.of(new Earlier("上年", "同比", period.previous())), trend);
        }
        return new ComparedPeriods(period, "本期", List.of(new Earlier("上期", "环比", period.previous()),
                new Earlier("去年同期", "同比", ReportPeriod.month(period.yearMonth().minusYears(1)))), trend);
    }
}
