package org.huizong.consolidation;

import java.util.List;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sums a period by county, category and city over the current version of each unit when it has no ERROR
 * finding, with the directory valid for the period. The units counted are recorded (counted_unit), not their figures
 * copied: {@link CountedValues} reads those from the counted files. Every item of the form is listed for every scope, zeros
 * included. Runs again from scratch each time: the result depends only on what is stored.
 */
public final class Consolidator {

    /** The units that count: the current version of each unit when it has no ERROR finding. */
    private static final String UNITS = """
            INSERT INTO counted_unit (period, uscc, name, form_code, file_id)
            SELECT u.period, u.uscc, u.name, f.form_code, f.id
            FROM period_unit u
            JOIN received_file f ON f.period = u.period AND f.unit_uscc = u.uscc AND f.is_current = TRUE
                 AND f.status IN (:counted)
            WHERE u.period = :period
            """;

    /**
     * A year's units without an annual workbook of their own: their complete roll-up of accepted months counts
     * instead. A unit whose annual workbook is current (accepted or returned) is judged by that workbook.
     */
    private static final String ROLLED_UP_UNITS = """
            INSERT INTO counted_unit (period, uscc, name, form_code, file_id)
            SELECT u.period, u.uscc, u.name, :form, CAST(NULL AS BIGINT)
            FROM period_unit u
            JOIN annual_rollup_unit ru ON ru.period = u.period AND ru.unit_uscc = u.uscc AND ru.complete = TRUE
            WHERE u.period = :period
              AND NOT EXISTS (SELECT 1 FROM received_file f WHERE f.period = u.period AND f.unit_uscc = u.uscc AND f.is_current = TRUE)
            """;

    /** Zero rows for the groups of the directory that have no counted unit, so that every scope lists every item. */
    private static final String GROUP_ZEROS = """
            INSERT INTO consolidated_value (period, scope, scope_code, scope_name, item, ordinal, figure)
            SELECT :period, :scope, g.code, g.name, fi.item, fi.ordinal, 0
            FROM (SELECT DISTINCT %1$s AS code, %2$s AS name FROM period_unit u WHERE u.period = :period) g
            JOIN form_item fi ON fi.form_code = :form
            WHERE NOT EXISTS (SELECT 1 FROM consolidated_value c WHERE c.period = :period AND c.scope = :scope
                              AND c.scope_code = g.code AND c.item = fi.item)
            """;

    private record Grouping(Scope scope, String code, String name) {}

    private static final List<Grouping> GROUPINGS = List.of(
            new Grouping(Scope.COUNTY, "u.county_code", "u.county_name"),
            new Grouping(Scope.CATEGORY, "u.category", "u.category"));

    private final JdbcClient jdbc;
    private final GroupSums sums;

    public Consolidator(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.sums = new GroupSums(jdbc, batch);
    }

    /** Consolidates the period; with {@code rollups} (a year) units without an annual workbook count by their roll-up. */
    public int consolidate(String period, String formCode, String cityCode, String cityName, boolean rollups) {
        jdbc.sql("DELETE FROM consolidated_value WHERE period = :period")
                .param("period", period)
                .update();
        jdbc.sql("DELETE FROM counted_unit WHERE period = :period")
                .param("period", period)
                .update();
        jdbc.sql(UNITS)
                .param("period", period)
                .param("form", formCode)
                .param("counted", SubmissionStatus.COUNTED)
                .update();
        if (rollups) {
            jdbc.sql(ROLLED_UP_UNITS)
                    .param("period", period)
                    .param("form", formCode)
                    .update();
        }
        sums.sum(period, formCode, cityCode, cityName);
        for (Grouping grouping : GROUPINGS) {
            jdbc.sql(GROUP_ZEROS.formatted(grouping.code(), grouping.name()))
                    .param("period", period)
                    .param("scope", grouping.scope().name())
                    .param("form", formCode)
                    .update();
        }
        return jdbc.sql("SELECT COUNT(*) FROM counted_unit WHERE period = :period")
                .param("period", period)
                .query(Integer.class)
                .single();
    }
}
