package org.huizong.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.huizong.form.Identity;
import org.huizong.form.read.ItemCell;

/**
 * The identities a form descriptor declares (T1-SUM, T3-BAL, X-APPLY…), checked on the values read. A blank total is
 * 0, so a blank total over non-zero parts fails. Identities over a cell that could not be read are left to the
 * finding about that cell.
 */
final class IdentityCheck {

    private final FindingMessages messages;

    IdentityCheck(FindingMessages messages) {
        this.messages = messages;
    }

    void check(
            List<Identity> identities,
            Map<String, ItemCell> cells,
            Map<String, BigDecimal> values,
            List<Finding> findings) {
        for (Identity identity : identities) {
            if (!values.keySet().containsAll(identity.left())
                    || !values.keySet().containsAll(identity.right())) {
                continue;
            }
            BigDecimal left = sum(identity.left(), values);
            BigDecimal right = sum(identity.right(), values);
            BigDecimal largestPart =
                    identity.right().stream().map(values::get).reduce(BigDecimal.ZERO, BigDecimal::max);
            boolean holds = switch (identity.kind()) {
                case EQUAL -> left.compareTo(right) == 0;
                case DISTINCT_UNION -> left.compareTo(largestPart) >= 0 && left.compareTo(right) <= 0;
                case AT_LEAST -> left.compareTo(right) >= 0;
                case AT_LEAST_EACH -> left.compareTo(largestPart) >= 0;
            };
            if (holds) {
                continue;
            }
            boolean againstLargest = identity.kind() == Identity.Kind.AT_LEAST_EACH
                    || identity.kind() == Identity.Kind.DISTINCT_UNION && left.compareTo(largestPart) < 0;
            BigDecimal shown = againstLargest ? largestPart : right;
            ItemCell anchor = cells.get(identity.anchorItem());
            String message = messages.formatIdentity(
                    identity.rule(),
                    anchor.item().row().displayLabel(),
                    anchor.item().column().displayLabel(),
                    left,
                    shown,
                    left.subtract(shown).abs(),
                    largestPart,
                    right);
            findings.add(Locations.at(anchor, identity.rule(), Rule.severityOf(identity.rule()), left, shown, message));
        }
    }

    private static BigDecimal sum(List<String> items, Map<String, BigDecimal> values) {
        return items.stream().map(values::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
