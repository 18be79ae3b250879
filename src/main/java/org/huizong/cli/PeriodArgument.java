package org.huizong.cli;

import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import org.huizong.text.Messages;

/** A --period or --year argument, checked before anything starts. */
final class PeriodArgument {

    private PeriodArgument() {}

    static ReportPeriod parse(String text, PeriodKind expected) {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(Messages.text("cli.period.malformed", text));
        }
        if (period.kind() != expected) {
            throw new UsageProblem(Messages.text(
                    expected == PeriodKind.MONTH ? "cli.period.monthExpected" : "cli.period.yearExpected"));
        }
        return period;
    }
}
