package org.huizong.demo;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;

/** When files arrive: from the last days of the month to the deadline (day 5 of the next), some later. */
final class ReceiptTimes {

    static final int DEADLINE_DAY = 5;

    private ReceiptTimes() {}

    /** Between three days before the month's end and the deadline day. */
    static LocalDateTime onTime(YearMonth period, Draw draw) {
        return at(period, draw.between(-3, DEADLINE_DAY - 1), draw);
    }

    /** At the latest two days after the month's end, leaving time for a corrected version by the deadline. */
    static LocalDateTime early(YearMonth period, Draw draw) {
        return at(period, draw.between(-3, 1), draw);
    }

    /** One to seven days after the deadline. */
    static LocalDateTime late(YearMonth period, Draw draw) {
        return at(period, draw.between(DEADLINE_DAY, DEADLINE_DAY + 6), draw);
    }

    private static LocalDateTime at(YearMonth period, int daysAfterMonthStart, Draw draw) {
        LocalTime time = LocalTime.of(draw.between(8, 18), draw.between(0, 59), draw.between(0, 59));
        return period.plusMonths(1).atDay(1).plusDays(daysAfterMonthStart).atTime(time);
    }
}
