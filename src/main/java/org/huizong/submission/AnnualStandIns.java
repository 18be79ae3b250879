package org.huizong.submission;

import java.util.Map;

/**
 * For a year, the units whose months roll up in place of an annual workbook: those whose roll-up is complete are not
 * missing, and the others are told which months kept theirs from standing in. A month has none.
 *
 * @param complete by USCC, whether every month of the unit was accepted
 * @param missingMonths by USCC, the months that were not, as the roll-up wrote them
 */
public record AnnualStandIns(Map<String, Boolean> complete, Map<String, String> missingMonths) {

    /** A month's: no unit rolls up. */
    public static final AnnualStandIns NONE = new AnnualStandIns(Map.of(), Map.of());

    /** Whether the unit's complete roll-up stands in for an annual workbook. */
    public boolean standsIn(String uscc) {
        return complete.getOrDefault(uscc, false);
    }

    String missingMonthsOf(String uscc) {
        return missingMonths.getOrDefault(uscc, "");
    }
}
