package org.huizong.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.huizong.consolidation.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a period's consolidated values one scope code at a time, in the order of the table's key, so that the
 * database streams them without sorting; each code's items come in the form's order. Units (a city may count ten
 * thousand, a million figures) are read one at a time through the view unit_value.
 */
final class ScopeValues {

    /** One consolidated figure of a scope code. */
    record Figure(String item, int ordinal, BigDecimal value) {
    }

    /** Receives each scope code with its figures in the form's order. */
    @FunctionalInterface
    interface Sink {
        void accept(String code, String name, List<Figure> figures);
    }

    private static final Comparator<Figure> FORM_ORDER = Comparator.comparingInt(Figure::ordinal);

    private final JdbcClient jdbc;

    ScopeValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Each counted unit by USCC, its figures read one unit at a time through the view unit_value. */
    private void forEachUnit(String period, Sink sink) {
        jdbc.sql("SELECT uscc, name FROM counted_unit WHERE period = :period ORDER BY period, uscc").param("period", period)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list()
                .forEach(unit -> sink.accept(unit.get(0), unit.get(1), ofUnit(period, unit.get(0))));
    }

    /** The figures of a counted unit, in the form's order; empty when it was not counted. */
    List<Figure> ofUnit(String period, String uscc) {
        return jdbc.sql("SELECT item, ordinal, figure FROM unit_value WHERE period = :period AND uscc = :uscc ORDER BY ordinal")
                .param("period", period).param("uscc", uscc)
                .query((rs, n) -> new Figure(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3))).list();
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
