package org.huizong.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huizong.form.CarryOver;
import org.huizong.form.ReportPeriod;
import org.huizong.form.read.ItemCell;

/**
 * P-CARRY: what this period opens with equals what the unit's accepted submission of the previous period closed
 * with (January looks at December). Checked only when that accepted submission exists.
 */
final class CarryOverCheck {

    private final FindingMessages messages;

    CarryOverCheck(FindingMessages messages) {
        this.messages = messages;
    }

    void check(
            String uscc,
            SubmissionContext context,
            Map<String, ItemCell> cells,
            Map<String, BigDecimal> values,
            List<Finding> findings) {
        List<CarryOver> carryOvers = context.form().carryOvers();
        if (carryOvers.isEmpty()) {
            return;
        }
        ReportPeriod previous = context.period().previous();
        Optional<Map<String, BigDecimal>> closed = context.history().acceptedValues(uscc, previous);
        if (closed.isEmpty()) {
            return;
        }
        for (CarryOver carryOver : carryOvers) {
            BigDecimal opening = values.get(carryOver.openingItem());
            BigDecimal closing = closed.get().get(carryOver.closingItem());
            if (opening == null || closing == null || opening.compareTo(closing) == 0) {
                continue;
            }
            ItemCell anchor = cells.get(carryOver.openingItem());
            String message = messages.format(
                    "finding." + carryOver.rule(),
                    anchor.item().row().displayLabel(),
                    anchor.item().column().displayLabel(),
                    opening,
                    closing,
                    opening.subtract(closing).abs(),
                    previous.label());
            findings.add(Locations.at(
                    anchor, carryOver.rule(), Rule.severityOf(carryOver.rule()), opening, closing, message));
        }
    }
}
