package org.huizong.consolidation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sums the counted units of a period by county, by category and for the city in one pass over their values
 * ({@link CountedValues}). Every item of the form is listed for every group that counts a unit, zeros included.
 */
final class GroupSums {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final CountedValues values;

    GroupSums(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.values = new CountedValues(jdbc);
    }

    void sum(String period, String formCode, String cityCode, String cityName) {
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
