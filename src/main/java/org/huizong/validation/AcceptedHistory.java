package org.huizong.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huizong.form.ReportPeriod;

/** A unit's accepted current submissions of earlier periods: what history rules compare with. */
public interface AcceptedHistory {

    /** The values of the unit's accepted current submission for that period, when there is one. */
    Optional<Map<String, BigDecimal>> acceptedValues(String uscc, ReportPeriod period);

    /** Up to {@code count} accepted periods of the same kind before {@code period}, the most recent first. */
    List<AcceptedPeriod> acceptedBefore(String uscc, ReportPeriod period, int count);

    /** The unit's accepted current monthly submissions of a calendar year, oldest first. */
    List<AcceptedPeriod> acceptedMonthsOf(String uscc, int year);

    /** One accepted period of a unit. */
    record AcceptedPeriod(ReportPeriod period, Map<String, BigDecimal> values) {}

    static AcceptedHistory none() {
        return new AcceptedHistory() {
            @Override
            public Optional<Map<String, BigDecimal>> acceptedValues(String uscc, ReportPeriod period) {
                return Optional.empty();
            }

            @Override
            public List<AcceptedPeriod> acceptedBefore(String uscc, ReportPeriod period, int count) {
                return List.of();
            }

            @Override
            public List<AcceptedPeriod> acceptedMonthsOf(String uscc, int year) {
                return List.of();
            }
        };
    }
}
