package org.huizong.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.huizong.consolidation.CountedValues;
import org.huizong.consolidation.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a period's consolidated values one scope code at a time, in the order of the table's key, so that the
 * database streams them without sorting; each code's items come in the form's order. Units (a city may count ten
 * thousand, a million figures) are read one at a time, each from its counted file's values by their key.
 */
final class ScopeValues {

    /** One consolidated figure of a scope code. */
    record Figure(String item, int ordinal, BigDecimal value) {}

    /** Receives each scope code with its figures in the form's order. */
    @FunctionalInterface
    interface Sink {
        void accept(String code, String name, List<Figure> figures);
    }

    private static final Comparator<Figure> FORM_ORDER = Comparator.comparingInt(Figure::ordinal);

    private final JdbcClient jdbc;
    private final CountedValues counted;
    /** The items of each form, as registered from the bundled form descriptors (they do not change while running). */
    private final Map<String, List<Figure>> formItems = new java.util.concurrent.ConcurrentHashMap<>();

    ScopeValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.counted = new CountedValues(jdbc);
    }

    /** Every code of the scope, ordered by code. */
    void forEach(String period, Scope scope, Sink sink) {
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

    /** Each counted unit by USCC, its figures read one unit at a time. */
    private void forEachUnit(String period, Sink sink) {
        jdbc.sql("SELECT uscc, name, form_code, file_id FROM counted_unit WHERE period = :period ORDER BY period, uscc")
                .param("period", period)
                .query(COUNTED)
                .list()
                .forEach(unit -> sink.accept(unit.uscc(), unit.name(), figures(period, unit)));
    }

    /** The figures of a counted unit, in the form's order; empty when it was not counted. */
    List<Figure> ofUnit(String period, String uscc) {
        return jdbc.sql(
                        "SELECT uscc, name, form_code, file_id FROM counted_unit WHERE period = :period AND uscc = :uscc")
                .param("period", period)
                .param("uscc", uscc)
                .query(COUNTED)
                .optional()
                .map(unit -> figures(period, unit))
                .orElse(List.of());
    }

    /** A counted unit and where its figures are: its file, or (no file) its roll-up of the year. */
    private record Counted(String uscc, String name, String formCode, Long fileId) {}

    private static final RowMapper<Counted> COUNTED = (rs, n) -> new Counted(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4) == null ? null : rs.getLong(4));

    /** Every item of the unit's form with its stored figure, zero where it has none. */
    private List<Figure> figures(String period, Counted unit) {
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
