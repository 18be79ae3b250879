package org.huizong.consolidation;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sums a period by unit, county, category and city over the current version of each unit when it has no ERROR
 * finding, with the directory valid for the period. Every item of the form is listed for every scope, zeros
 * included. Runs again from scratch each time: the result depends only on what is stored.
 */
public final class Consolidator {

    private static final String UNITS = """
            INSERT INTO consolidated_value (period, scope, scope_code, scope_name, item, ordinal, figure)
            SELECT u.period, 'UNIT', u.uscc, u.name, fi.item, fi.ordinal, COALESCE(v.figure, 0)
            FROM period_unit u
            JOIN received_file f ON f.period = u.period AND f.unit_uscc = u.uscc AND f.is_current = TRUE
                 AND f.status IN ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')
            JOIN form_item fi ON fi.form_code = :form
            LEFT JOIN item_value v ON v.file_id = f.id AND v.item = fi.item
            WHERE u.period = :period
            """;

    private static final String COUNTIES = """
            INSERT INTO consolidated_value (period, scope, scope_code, scope_name, item, ordinal, figure)
            SELECT :period, 'COUNTY', g.code, g.name, fi.item, fi.ordinal, COALESCE(SUM(cv.figure), 0)
            FROM (SELECT DISTINCT county_code AS code, county_name AS name FROM period_unit WHERE period = :period) g
            JOIN form_item fi ON fi.form_code = :form
            LEFT JOIN period_unit u ON u.period = :period AND u.county_code = g.code
            LEFT JOIN consolidated_value cv ON cv.period = :period AND cv.scope = 'UNIT' AND cv.scope_code = u.uscc
                 AND cv.item = fi.item
            GROUP BY g.code, g.name, fi.item, fi.ordinal
            """;

    private static final String CATEGORIES = """
            INSERT INTO consolidated_value (period, scope, scope_code, scope_name, item, ordinal, figure)
            SELECT :period, 'CATEGORY', g.code, g.code, fi.item, fi.ordinal, COALESCE(SUM(cv.figure), 0)
            FROM (SELECT DISTINCT category AS code FROM period_unit WHERE period = :period) g
            JOIN form_item fi ON fi.form_code = :form
            LEFT JOIN period_unit u ON u.period = :period AND u.category = g.code
            LEFT JOIN consolidated_value cv ON cv.period = :period AND cv.scope = 'UNIT' AND cv.scope_code = u.uscc
                 AND cv.item = fi.item
            GROUP BY g.code, fi.item, fi.ordinal
            """;

    private static final String CITY = """
            INSERT INTO consolidated_value (period, scope, scope_code, scope_name, item, ordinal, figure)
            SELECT :period, 'CITY', :cityCode, :cityName, fi.item, fi.ordinal, COALESCE(SUM(cv.figure), 0)
            FROM form_item fi
            LEFT JOIN consolidated_value cv ON cv.period = :period AND cv.scope = 'UNIT' AND cv.item = fi.item
            WHERE fi.form_code = :form
            GROUP BY fi.item, fi.ordinal
            """;

    private final JdbcClient jdbc;

    public Consolidator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Consolidates the period; returns the number of units counted. */
    public int consolidate(String period, String formCode, String cityCode, String cityName) {
        jdbc.sql("DELETE FROM consolidated_value WHERE period = :period").param("period", period).update();
        for (String statement : new String[] {UNITS, COUNTIES, CATEGORIES}) {
            jdbc.sql(statement).param("period", period).param("form", formCode).update();
        }
        jdbc.sql(CITY).param("period", period).param("form", formCode).param("cityCode", cityCode).param("cityName", cityName).update();
        return jdbc.sql("SELECT COUNT(DISTINCT scope_code) FROM consolidated_value WHERE period = :period AND scope = 'UNIT'")
                .param("period", period).query(Integer.class).single();
    }
}
