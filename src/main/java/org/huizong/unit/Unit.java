package org.huizong.unit;

import java.time.YearMonth;
import java.util.List;
import org.huizong.form.ReportPeriod;

/** One row of the unit directory: a unit as it was during [validFrom, validTo] (null = open). */
public record Unit(
        String uscc,
        String name,
        List<String> aliases,
        String countyCode,
        String countyName,
        UnitLevel level,
        String category,
        YearMonth validFrom,
        YearMonth validTo) {

    public Unit {
        aliases = List.copyOf(aliases);
    }

    /** Whether this row is valid in the period: for a month, that month; for a year, any month of it. */
    public boolean isActiveIn(ReportPeriod period) {
        return (validFrom == null || !period.lastMonth().isBefore(validFrom))
                && (validTo == null || !period.firstMonth().isAfter(validTo));
    }
}
