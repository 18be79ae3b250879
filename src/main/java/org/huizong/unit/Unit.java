package org.huizong.unit;

import java.time.YearMonth;
import java.util.List;

import org.huizong.form.ReportPeriod;

/** One row of the unit directory: a unit as it was during [validFrom, validTo] (null = open). */
public record Unit(String uscc, String name, List<String> aliases, String countyCode, String countyName, UnitLevel level,
                   String category, YearMonth validFrom, YearMonth validTo) {

    public Unit {
        aliases = List.copyOf(aliases);
    }

    /** Whether the unit reports for the period: active for at least its last month. */
    public boolean isActiveIn(ReportPeriod period) {
        YearMonth month = period.lastMonth();
        return (validFrom == null || !month.isBefore(validFrom)) && (validTo == null || !month.isAfter(validTo));
    }
}
