package org.huizong.demo;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One row of the unit directory ({@code units.csv}).
 *
 * @param level     one of {@code CITY_DEPT}, {@code COUNTY_GOV}, {@code COUNTY_DEPT}, {@code TOWNSHIP}
 * @param validFrom first month the row applies ({@code YYYY-MM}), or "" when open
 * @param validTo   last month the row applies ({@code YYYY-MM}, inclusive), or "" when open
 */
public record DemoUnit(
        String uscc,
        String name,
        List<String> aliases,
        String countyCode,
        String countyName,
        String level,
        String category,
        String validFrom,
        String validTo) {

    public static final String CITY_DEPT = "CITY_DEPT";
    public static final String COUNTY_GOV = "COUNTY_GOV";
    public static final String COUNTY_DEPT = "COUNTY_DEPT";
    public static final String TOWNSHIP = "TOWNSHIP";

    public DemoUnit {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(countyCode, "countyCode");
        Objects.requireNonNull(countyName, "countyName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
    }

    /** Whether this directory row applies to the given month (both bounds inclusive). */
    public boolean isActiveIn(YearMonth period) {
        boolean started = validFrom.isEmpty() || !period.isBefore(YearMonth.parse(validFrom));
        boolean ended = !validTo.isEmpty() && period.isAfter(YearMonth.parse(validTo));
        return started && !ended;
    }
}
