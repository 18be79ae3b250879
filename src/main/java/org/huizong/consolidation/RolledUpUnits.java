package org.huizong.consolidation;

import java.util.HashMap;
import java.util.Map;
import org.huizong.submission.AnnualStandIns;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read model of a year's roll-ups of the units' months, which {@link AnnualRollups} writes. */
public final class RolledUpUnits {

    private final JdbcClient jdbc;

    public RolledUpUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which units of the period roll up in place of an annual workbook, and the months that kept the others out. */
    public AnnualStandIns standIns(String period) {
        Map<String, Boolean> complete = new HashMap<>();
        Map<String, String> missingMonths = new HashMap<>();
        jdbc.sql("SELECT unit_uscc, complete, missing_months FROM annual_rollup_unit WHERE period = :period")
                .param("period", period)
                .query(rs -> {
                    complete.put(rs.getString(1), rs.getBoolean(2));
                    if (rs.getString(3) != null) {
                        missingMonths.put(rs.getString(1), rs.getString(3));
                    }
                });
        return new AnnualStandIns(complete, missingMonths);
    }

    /** By USCC, the months of the year each unit lacks (一、二月), empty for a unit with no accepted month at all. */
    public Map<String, String> missingMonths(String year) {
        Map<String, String> missing = new HashMap<>();
        jdbc.sql("SELECT unit_uscc, missing_months, months_accepted FROM annual_rollup_unit WHERE period = :period")
                .param("period", year)
                .query(rs -> {
                    missing.put(rs.getString(1), rs.getString(2) == null || rs.getInt(3) == 0 ? "" : rs.getString(2));
                });
        return missing;
    }
}
