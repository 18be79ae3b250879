package org.huizong.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.consolidation.CountedUnits;
import org.huizong.consolidation.Scope;
import org.huizong.consolidation.ScopeValues;
import org.huizong.form.ReportPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A period's consolidation for the city, each county and each unit category, with how many units each counts and how
 * many were active (the directory of the period), as the consolidation's read models give them.
 */
final class ConsolidatedFigures {

    private record Units(int counted, int active) {}

    private final ScopeValues scopeValues;
    private final CountedUnits countedUnits;

    ConsolidatedFigures(JdbcClient jdbc) {
        this.scopeValues = new ScopeValues(jdbc);
        this.countedUnits = new CountedUnits(jdbc);
    }

    PeriodFigures of(ReportPeriod period) {
        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        scopeValues.forEachGroupFigure(period.code(), figure -> {
            String key = figure.scope().name() + ":" + figure.code();
            names.put(key, figure.name());
            values.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(figure.item(), figure.figure());
        });
        if (values.isEmpty()) {
            return new PeriodFigures(period, null, List.of(), List.of());
        }
        Map<String, Units> counties = units(period, Scope.COUNTY);
        Map<String, Units> categories = units(period, Scope.CATEGORY);
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

    /** By code, the units of the county or category and those it counts (a code listed under two names, summed). */
    private Map<String, Units> units(ReportPeriod period, Scope scope) {
        Map<String, Units> units = new HashMap<>();
        for (CountedUnits.Coverage group : countedUnits.coverage(period.code(), scope)) {
            units.merge(
                    group.code(),
                    new Units((int) group.counted(), (int) group.active()),
                    (a, b) -> new Units(a.counted() + b.counted(), a.active() + b.active()));
        }
        return units;
    }

    private static ScopeFigures figures(String code, String name, Units units, Map<String, BigDecimal> values) {
        Units known = units == null ? new Units(0, 0) : units;
        return new ScopeFigures(code, name, known.counted(), known.active(), values);
    }
}
