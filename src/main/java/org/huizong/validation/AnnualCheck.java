package org.huizong.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.huizong.form.PeriodKind;
import org.huizong.form.PlainNumber;
import org.huizong.form.ReportPeriod;
import org.huizong.form.TimeRollup;
import org.huizong.text.Messages;
import org.huizong.unit.Unit;

/**
 * P-ANNUAL: an annual (GIA-Y) workbook against the roll-up of the unit's accepted months of that year, checked only
 * when every month the unit was active is accepted; the message lists each item that differs.
 */
final class AnnualCheck {

    private static final int LISTED = 20;

    private final FindingMessages messages;

    AnnualCheck(FindingMessages messages) {
        this.messages = messages;
    }

    void check(Unit unit, SubmissionContext context, Map<String, BigDecimal> values, List<Finding> findings) {
        ReportPeriod year = context.period();
        if (year.kind() != PeriodKind.YEAR) {
            return;
        }
        AnnualMonths months = AnnualMonths.of(unit.uscc(), year.year(), context.directory(), context.history());
        if (!months.isComplete()) {
            return;
        }
        Map<String, BigDecimal> rolled = TimeRollup.rollUp(context.form(), months.values());
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : values.entrySet()) {
            BigDecimal monthly = rolled.get(entry.getKey());
            if (monthly != null && monthly.compareTo(entry.getValue()) != 0) {
                differing.add(Messages.text(
                        "validation.annual.difference",
                        entry.getKey(),
                        PlainNumber.format(entry.getValue()),
                        PlainNumber.format(monthly)));
            }
        }
        if (!differing.isEmpty()) {
            String listed = differing.stream()
                            .limit(LISTED)
                            .collect(Collectors.joining(Messages.text("validation.annual.separator")))
                    + (differing.size() > LISTED ? Messages.text("validation.annual.more", differing.size()) : "");
            findings.add(Finding.ofFile(Rule.P_ANNUAL, messages.format("finding." + Rule.P_ANNUAL.id(), listed)));
        }
    }
}
