package org.huizong.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A period's code, as folders, the command line and the database write it. */
class ReportPeriodTest {

    @Test
    void aMonthIsWrittenWithFourDigitsOfYearAndTwoOfMonth() {
        assertThat(ReportPeriod.month(YearMonth.of(2026, 10)).code()).isEqualTo("2026-10");
        assertThat(ReportPeriod.month(YearMonth.of(2026, 1)).code()).isEqualTo("2026-01");
        assertThat(ReportPeriod.month(YearMonth.of(987, 3)).code()).isEqualTo("0987-03");
    }

    @Test
    void aYearIsItsNumber() {
        assertThat(ReportPeriod.year(2026).code()).isEqualTo("2026");
    }

    @Test
    void aCodeReadsBackAsItsPeriod() {
        for (String code : new String[] {"2025-12", "2026-01", "2026-09", "2026"}) {
            assertThat(ReportPeriod.parse(code).code()).isEqualTo(code);
        }
    }
}
