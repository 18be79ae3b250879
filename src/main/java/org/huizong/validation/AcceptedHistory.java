package org.huizong.validation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.huizong.form.ReportPeriod;

/** The values of a unit's accepted current submission for an earlier period, when there is one. */
@FunctionalInterface
public interface AcceptedHistory {

    Optional<Map<String, BigDecimal>> acceptedValues(String uscc, ReportPeriod period);

    static AcceptedHistory none() {
        return (uscc, period) -> Optional.empty();
    }
}
