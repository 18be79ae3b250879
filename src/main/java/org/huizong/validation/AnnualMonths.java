package org.huizong.validation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huizong.unit.UnitDirectory;

/**
 * A unit's accepted months of a year, kept to the months it was active in: complete when every such month is
 * accepted. The one definition that P-ANNUAL and the annual roll-up share.
 */
public record AnnualMonths(List<YearMonth> expected, List<AcceptedHistory.AcceptedPeriod> accepted) {

    public static AnnualMonths of(String uscc, int year, UnitDirectory directory, AcceptedHistory history) {
        List<YearMonth> expected = directory.monthsActive(uscc, year);
        List<AcceptedHistory.AcceptedPeriod> accepted = history.acceptedMonthsOf(uscc, year).stream()
                .filter(m -> expected.contains(m.period().yearMonth()))
                .toList();
        return new AnnualMonths(expected, accepted);
    }

    public List<YearMonth> missing() {
        Set<YearMonth> have = accepted.stream().map(m -> m.period().yearMonth()).collect(Collectors.toSet());
        return expected.stream().filter(m -> !have.contains(m)).toList();
    }

    public boolean isComplete() {
        return !expected.isEmpty() && missing().isEmpty();
    }

    /** The accepted months' values, oldest first. */
    public List<Map<String, BigDecimal>> values() {
        return accepted.stream().map(AcceptedHistory.AcceptedPeriod::values).toList();
    }
}
