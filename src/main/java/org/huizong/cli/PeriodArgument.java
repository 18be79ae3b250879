package org.huizong.cli;

import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;

/** A --period or --year argument, checked before anything starts. */
final class PeriodArgument {

    private PeriodArgument() {
    }

    static ReportPeriod parse(String text, PeriodKind expected) {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("期别写法不对：“" + text + "”。月份写作 2026-10，年度写作 2026。");
        }
        if (period.kind() != expected) {
            throw new UsageProblem(expected == PeriodKind.MONTH ? "请写月份，例如 --period 2026-10" : "请写年份，例如 --year 2026");
        }
        return period;
    }
}
