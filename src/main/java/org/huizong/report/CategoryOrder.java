package org.huizong.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.huizong.period.RunContext;
import org.huizong.unit.Unit;

/**
 * The order the reports list unit categories in: the city's own list ({@code category-order} of city.yml), else the
 * order in which the unit directory first names each category; a category neither names comes last, by name.
 */
final class CategoryOrder {

    private final List<String> order;

    private CategoryOrder(List<String> order) {
        this.order = List.copyOf(order);
    }

    static CategoryOrder of(RunContext run) {
        Set<String> order = new LinkedHashSet<>(run.city().categoryOrder());
        if (order.isEmpty()) {
            run.directory().all().stream().map(Unit::category).forEach(order::add);
        }
        return new CategoryOrder(new ArrayList<>(order));
    }

    List<ScopeFigures> sorted(List<ScopeFigures> categories) {
        return categories.stream()
                .sorted(Comparator.comparingInt((ScopeFigures c) -> rank(c.code()))
                        .thenComparing(ScopeFigures::code))
                .toList();
    }

    private int rank(String category) {
        int at = order.indexOf(category);
        return at < 0 ? order.size() : at;
    }
}
