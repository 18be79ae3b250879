package org.huizong.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Running sums of counted units' values by county, by category and for the city, one slot per item of the form. */
final class GroupTotals {

    /** Where a counted unit's values add up. */
    record Member(String countyCode, String countyName, String category) {}

    private record Group(Scope scope, String code, String name) {}

    private final Map<String, Integer> ordinals;
    private final List<String> items;
    private final Map<String, Integer> slots = new HashMap<>();
    private final Map<Group, BigDecimal[]> sums = new LinkedHashMap<>();
    private final Group city;

    GroupTotals(Map<String, Integer> ordinals, String cityCode, String cityName) {
        this.ordinals = ordinals;
        this.items = List.copyOf(ordinals.keySet());
        items.forEach(item -> slots.put(item, slots.size()));
        this.city = new Group(Scope.CITY, cityCode, cityName);
        sums.put(city, zeros());
    }

    /**
     * Lists the member's county and category (zeros at least, whatever values it has).
     *
     * @return where the member's values add up: its county's, its category's and the city's sums
     */
    List<BigDecimal[]> include(Member member) {
        return List.of(
                sums.computeIfAbsent(new Group(Scope.COUNTY, member.countyCode(), member.countyName()), g -> zeros()),
                sums.computeIfAbsent(new Group(Scope.CATEGORY, member.category(), member.category()), g -> zeros()),
                sums.get(city));
    }

    /** Adds a value; one of another form's item, or of a file not counted ({@code targets} null), is ignored. */
    void add(List<BigDecimal[]> targets, String item, BigDecimal figure) {
        Integer slot = slots.get(item);
        if (targets == null || slot == null) {
            return;
        }
        for (BigDecimal[] figures : targets) {
            figures[slot] = figures[slot].add(figure);
        }
    }

    SqlParameterSource[] rows(String period) {
        List<SqlParameterSource> rows = new ArrayList<>();
        sums.forEach((group, figures) -> {
            for (int i = 0; i < items.size(); i++) {
                rows.add(new MapSqlParameterSource()
                        .addValue("period", period)
                        .addValue("scope", group.scope().name())
                        .addValue("code", group.code())
                        .addValue("name", group.name())
                        .addValue("item", items.get(i))
                        .addValue("ordinal", ordinals.get(items.get(i)))
                        .addValue("figure", figures[i]));
            }
        });
        return rows.toArray(SqlParameterSource[]::new);
    }

    private BigDecimal[] zeros() {
        BigDecimal[] figures = new BigDecimal[items.size()];
        Arrays.fill(figures, BigDecimal.ZERO);
        return figures;
    }
}
