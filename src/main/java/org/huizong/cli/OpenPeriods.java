package org.huizong.cli;

import java.time.Clock;
import java.time.YearMonth;
import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import org.huizong.text.Messages;

/**
 * The periods a job may run for: a month's statistics exist only once the month is over, so the latest is the month
 * before today's (the month the bureaus are reporting now), and the latest year is that month's year. A later period
 * would publish a month of zeros that every comparison and ranking then takes as real.
 */
final class OpenPeriods {

    private final Clock clock;

    OpenPeriods(Clock clock) {
        this.clock = clock;
    }

    /** The month the bureaus report now: the one before today's. */
    YearMonth latestMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    void require(ReportPeriod period) {
        YearMonth latest = latestMonth();
        boolean after = period.kind() == PeriodKind.MONTH
                ? period.yearMonth().isAfter(latest)
                : period.firstMonth().getYear() > latest.getYear();
        if (after) {
            throw new UsageProblem(Messages.text(
                    "cli.period.open",
                    period.code(),
                    period.kind() == PeriodKind.MONTH ? latest.toString() : String.valueOf(latest.getYear())));
        }
    }
}
