package org.huizong.consolidation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sums the counted units of a period by county, by category and for the city in one pass over their values
 * ({@link CountedValues}) into {@code consolidated_value}, of which it is the one writer. Every item of the form is
 * listed for every group of the directory, zeros included.
 */
final class GroupSums {

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
    private final NamedParameterJdbcTemplate batch;
    private final CountedValues values;

    GroupSums(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.values = new CountedValues(jdbc);
    }

    /**
     * The period's sums, replacing those of an earlier run: by group over the counted units, then zeros for the groups
     * of the directory that count no unit.
     */
    void replace(String period, String formCode, String cityCode, String cityName) {
        jdbc.sql("DELETE FROM consolidated_value WHERE period = :period")
                .param("period", period)
                .update();
        sum(period, formCode, cityCode, cityName);
        for (Grouping grouping : GROUPINGS) {
            jdbc.sql(GROUP_ZEROS.formatted(grouping.code(), grouping.name()))
                    .param("period", period)
                    .param("scope", grouping.scope().name())
                    .param("form", formCode)
                    .update();
        }
    }

    private void sum(String period, String formCode, String cityCode, String cityName) {
        GroupTotals totals = new GroupTotals(values.formItems(formCode), cityCode, cityName);
        Map<String, List<BigDecimal[]>> members = new HashMap<>();
        jdbc.sql("""
                SELECT cu.uscc, u.county_code, u.county_name, u.category
                FROM counted_unit cu JOIN period_unit u ON u.period = cu.period AND u.uscc = cu.uscc
                WHERE cu.period = :period
                """).param("period", period).query(rs -> {
            members.put(
                    rs.getString(1),
                    totals.include(new GroupTotals.Member(rs.getString(2), rs.getString(3), rs.getString(4))));
        });
        values.visit(period, (uscc, item, figure) -> totals.add(members.get(uscc), item, figure));
        batch.batchUpdate("""
                INSERT INTO consolidated_value (period, scope, scope_code, scope_name, item, ordinal, figure)
                VALUES (:period, :scope, :code, :name, :item, :ordinal, :figure)
                """, totals.rows(period));
    }
}
