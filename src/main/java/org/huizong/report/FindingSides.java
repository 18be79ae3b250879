package org.huizong.report;

import java.math.BigDecimal;
import java.util.Set;
import org.huizong.form.PlainNumber;
import org.huizong.text.Messages;

/**
 * The two sides of a finding as the clerk reads them: what the workbook says (填报数), what it should be (应为) and
 * the difference (差额). An identity or a carry-over says what the figure should be; a bound (at least, at most) says
 * so in words; a figure compared with the unit's history has no figure it should be.
 */
record FindingSides(Object reported, Object expected, Object difference) {

    /** Rules whose right side is the figure the left should equal. */
    private static final Set<String> EQUAL = Set.of(
            "T1-SUM", "T1-CONS", "T1-CHAN", "X-APPLY", "T3-COL", "T3-SUM", "T3-BAL", "T4-SUM", "P-CARRY", "P-STOCK");
    /** Rules whose right side is a least value the left should reach. */
    private static final Set<String> AT_LEAST = Set.of("Q-COLSHIFT", "X-NORMS", "Q-STOCK-NEG", "P-YTD");

    static FindingSides of(String rule, BigDecimal left, BigDecimal right) {
        if (left == null) {
            return new FindingSides("", "", "");
        }
        Object reported = left.doubleValue();
        if (right == null) {
            return new FindingSides(reported, "", "");
        }
        Object difference = left.subtract(right).doubleValue();
        if (EQUAL.contains(rule)
                || !AT_LEAST.contains(rule)
                        && !rule.equals("T1-DEDUP")
                        && !rule.startsWith("P-")
                        && !rule.startsWith("Q-")
                        && !rule.startsWith("U-")) {
            return new FindingSides(reported, right.doubleValue(), difference);
        }
        if (AT_LEAST.contains(rule) || rule.equals("T1-DEDUP") && left.compareTo(right) < 0) {
            return new FindingSides(
                    reported, Messages.text("report.finding.atLeast", PlainNumber.format(right)), difference);
        }
        if (rule.equals("T1-DEDUP")) {
            return new FindingSides(
                    reported, Messages.text("report.finding.atMost", PlainNumber.format(right)), difference);
        }
        return new FindingSides(reported, "", "");
    }
}
