package org.huizong.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.form.ReportPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a period's consolidation (table consolidated_value) for the city, each county and each unit category, with
 * how many units each counts and how many were active (the directory of the period).
 */
final class ConsolidatedFigures {

    private static final String FIGURES = """
            SELECT scope, scope_code, scope_name, item, figure FROM consolidated_value
            WHERE period = :period AND scope IN ('CITY', 'COUNTY', 'CATEGORY')
            ORDER BY scope, scope_code, ordinal
            """;
    /** Counted (consolidated) and active units by county and by category: {@code %s} is the directory column. */
    private static final String UNITS = """
            SELECT u.%1$s AS code, COUNT(*) AS active,
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM counted_unit cu WHERE cu.period = u.period AND cu.uscc = u.uscc)
                            THEN 1 ELSE 0 END) AS counted
            FROM period_unit u WHERE u.period = :period GROUP BY u.%1$s
            """;

    private record Units(int counted, int active) {}

    private final JdbcClient jdbc;

    ConsolidatedFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PeriodFigures of(ReportPeriod period) {
        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        jdbc.sql(FIGURES).param("period", period.code()).query(rs -> {
            String key = rs.getString("scope") + ":" + rs.getString("scope_code");
            names.put(key, rs.getString("scope_name"));
            values.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .put(rs.getString("item"), rs.getBigDecimal("figure"));
        });
        if (values.isEmpty()) {
            return new PeriodFigures(period, null, List.of(), List.of());
        }
        Map<String, Units> counties = units(period, "county_code");
        Map<String, Units> categories = units(period, "category");
        Units all = new Units(
                counties.values().stream().mapToInt(Units::counted).sum(),
                counties.values().stream().mapToInt(Units::active).sum());
        ScopeFigures city = null;
        List<ScopeFigures> countyFigures = new ArrayList<>();
        List<ScopeFigures> categoryFigures = new ArrayList<>();
        for (Map.Entry<String, Map<String, BigDecimal>> scope : values.entrySet()) {
            String[] key = scope.getKey().split(":", 2);
            String name = names.get(scope.getKey());
            switch (key[0]) {
                case "CITY" -> city = figures(key[1], name, all, scope.getValue());
                case "COUNTY" -> countyFigures.add(figures(key[1], name, counties.get(key[1]), scope.getValue()));
                default -> categoryFigures.add(figures(key[1], name, categories.get(key[1]), scope.getValue()));
            }
        }
        return new PeriodFigures(period, city, countyFigures, categoryFigures);
    }

    private Map<String, Units> units(ReportPeriod period, String column) {
        Map<String, Units> units = new HashMap<>();
        jdbc.sql(UNITS.formatted(column)).param("period", period.code()).query(rs -> {
            units.put(rs.getString("code"), new Units(rs.getInt("counted"), rs.getInt("active")));
        });
        return units;
    }

    private static ScopeFigures figures(String code, String name, Units units, Map<String, BigDecimal> values) {
        Units known = units == null ? new Units(0, 0) : units;
        return new ScopeFigures(code, name, known.counted(), known.active(), values);
    }
}
