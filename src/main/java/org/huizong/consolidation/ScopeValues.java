package org.huizong.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model of a period's consolidated values, read one scope code at a time, in the order of the table's key, so that the
 * database streams them without sorting; each code's items come in the form's order. Units (a city may count ten
 * thousand, a million figures) are read one at a time, each from its counted file's values by their key.
 */
public final class ScopeValues {

    /** One consolidated figure of a scope code. */
    public record Figure(String item, int ordinal, BigDecimal value) {}

    /** A figure of a scope code: the city, a county, a category or a unit. */
    public record GroupFigure(Scope scope, String code, String name, String item, BigDecimal figure) {}

    /** Receives each scope code with its figures in the form's order. */
    @FunctionalInterface
    public interface Sink {
        void accept(String code, String name, List<Figure> figures);
    }

    private static final Comparator<Figure> FORM_ORDER = Comparator.comparingInt(Figure::ordinal);

    private final JdbcClient jdbc;
    private final CountedValues counted;
    private final CountedUnits units;
    /** The items of each form, as registered from the bundled form descriptors (they do not change while running). */
    private final Map<String, List<Figure>> formItems = new java.util.concurrent.ConcurrentHashMap<>();

    public ScopeValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.counted = new CountedValues(jdbc);
        this.units = new CountedUnits(jdbc);
    }

    /** Every code of the scope, ordered by code. */
    public void forEach(String period, Scope scope, Sink sink) {
        if (scope == Scope.UNIT) {
            forEachUnit(period, sink);
            return;
        }
        Group group = new Group(sink);
        jdbc.sql("""
                SELECT scope_code, scope_name, item, ordinal, figure FROM consolidated_value
                WHERE period = :period AND scope = :scope ORDER BY period, scope, scope_code, item
                """).param("period", period).param("scope", scope.name()).query(rs -> {
            group.add(rs.getString(1), rs.getString(2), new Figure(rs.getString(3), rs.getInt(4), rs.getBigDecimal(5)));
        });
        group.flush();
    }

    /** The city's, each county's and each category's figures, by scope and code, each code's in the form's order. */
    public void forEachGroupFigure(String period, Consumer<GroupFigure> sink) {
        jdbc.sql("""
                SELECT scope, scope_code, scope_name, item, figure FROM consolidated_value
                WHERE period = :period AND scope IN ('CITY', 'COUNTY', 'CATEGORY')
                ORDER BY scope, scope_code, ordinal
                """).param("period", period).query(rs -> {
            sink.accept(new GroupFigure(
                    Scope.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBigDecimal(5)));
        });
    }

    /**
     * These items' figures of every code of the scope, code → item → figure (a later row of a code and item replaces an
     * earlier one).
     */
    public Map<String, Map<String, BigDecimal>> itemsByCode(String period, Scope scope, Set<String> items) {
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        jdbc.sql("""
                SELECT scope_code, item, figure FROM consolidated_value WHERE period = :period AND scope = :scope AND item IN (:items)
                """)
                .param("period", period)
                .param("scope", scope.name())
                .param("items", List.copyOf(items))
                .query(rs -> {
                    values.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                });
        return values;
    }

    /** One item's figure of every code of the scope, by code. */
    public List<GroupFigure> itemOf(String period, Scope scope, String item) {
        return jdbc.sql("""
                SELECT scope_code, scope_name, figure FROM consolidated_value WHERE period = :period AND scope = :scope AND item = :item
                ORDER BY scope_code
                """)
                .param("period", period)
                .param("scope", scope.name())
                .param("item", item)
                .query((rs, n) -> new GroupFigure(scope, rs.getString(1), rs.getString(2), item, rs.getBigDecimal(3)))
                .list();
    }

    /** Each counted unit by USCC, its figures read one unit at a time. */
    private void forEachUnit(String period, Sink sink) {
        units.byUscc(period).forEach(unit -> sink.accept(unit.uscc(), unit.name(), figures(period, unit)));
    }

    /** The figures of a counted unit, in the form's order; empty when it was not counted. */
    public List<Figure> ofUnit(String period, String uscc) {
        return units.of(period, uscc).map(unit -> figures(period, unit)).orElse(List.of());
    }

    /** Every item of the unit's form with its stored figure, zero where it has none. */
    private List<Figure> figures(String period, CountedUnits.Counted unit) {
        Map<String, BigDecimal> stored = counted.ofUnit(period, unit.uscc(), unit.fileId());
        return formItems.computeIfAbsent(unit.formCode(), this::itemsOf).stream()
                .map(item -> new Figure(item.item(), item.ordinal(), stored.getOrDefault(item.item(), BigDecimal.ZERO)))
                .toList();
    }

    /** The items of a form in its order, each as a figure of zero. */
    private List<Figure> itemsOf(String formCode) {
        return counted.formItems(formCode).entrySet().stream()
                .map(e -> new Figure(e.getKey(), e.getValue(), BigDecimal.ZERO))
                .toList();
    }

    /** The consecutive rows of one code. */
    private static final class Group {

        private final Sink sink;
        private String code;
        private String name;
        private final List<Figure> figures = new ArrayList<>();

        Group(Sink sink) {
            this.sink = sink;
        }

        void add(String rowCode, String rowName, Figure figure) {
            if (!rowCode.equals(code)) {
                flush();
                code = rowCode;
                name = rowName;
            }
            figures.add(figure);
        }

        void flush() {
            if (code != null) {
                figures.sort(FORM_ORDER);
                sink.accept(code, name, List.copyOf(figures));
                figures.clear();
                code = null;
            }
        }
    }
}
