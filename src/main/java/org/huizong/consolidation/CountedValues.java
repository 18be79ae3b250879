package org.huizong.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huizong.submission.StoredValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the stored figures of a period's counted units where they are kept: the counted files' nonzero values
 * ({@link StoredValues}, read over ranges of neighbouring file ids), and the annual roll-ups. Every item of the unit's
 * form without a figure is zero. (A view joining each unit to every item of its form looked each figure up by itself,
 * which at 10,000 units visits a million of them at random.)
 */
public final class CountedValues {

    /** What a reading hands out: first every counted unit, then every figure stored for it. */
    public interface Visitor {

        /** A counted unit and the form it counts with. */
        default void unit(String uscc, String formCode) {}

        /** A stored figure of a counted unit: a nonzero one (an item without one is zero). */
        void value(String uscc, String item, BigDecimal figure);
    }

    private final JdbcClient jdbc;
    private final StoredValues stored;

    public CountedValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.stored = new StoredValues(jdbc);
    }

    public void visit(String period, Visitor visitor) {
        Map<Long, String> files = new HashMap<>();
        List<String> rolledUp = new ArrayList<>();
        jdbc.sql("SELECT uscc, form_code, file_id FROM counted_unit WHERE period = :period ORDER BY uscc")
                .param("period", period)
                .query(rs -> {
                    String uscc = rs.getString(1);
                    visitor.unit(uscc, rs.getString(2));
                    long fileId = rs.getLong(3);
                    if (rs.wasNull()) {
                        rolledUp.add(uscc);
                    } else {
                        files.put(fileId, uscc);
                    }
                });
        stored.forEachNonzero(files.keySet(), (file, item, figure) -> visitor.value(files.get(file), item, figure));
        if (!rolledUp.isEmpty()) {
            Set<String> units = new HashSet<>(rolledUp);
            jdbc.sql("SELECT unit_uscc, item, figure FROM annual_rollup WHERE period = :period")
                    .param("period", period)
                    .query(rs -> {
                        if (units.contains(rs.getString(1))) {
                            visitor.value(rs.getString(1), rs.getString(2), rs.getBigDecimal(3));
                        }
                    });
        }
    }

    /**
     * The stored figures of one counted unit, item → figure: its file's nonzero values, or, with no file
     * ({@code fileId} null), its roll-up of the year.
     */
    public Map<String, BigDecimal> ofUnit(String period, String uscc, Long fileId) {
        if (fileId != null) {
            return stored.nonzero(fileId);
        }
        Map<String, BigDecimal> figures = new HashMap<>();
        jdbc.sql("SELECT item, figure FROM annual_rollup WHERE period = :period AND unit_uscc = :uscc")
                .param("period", period)
                .param("uscc", uscc)
                .query(rs -> {
                    figures.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return figures;
    }

    /**
     * One item's stored figure for each of some counted units, uscc → figure (absent where zero): {@code fileByUnit}
     * gives each unit's counted file, or null for a unit that counts by its roll-up of the year. Read in one pass over
     * the files, where asking unit by unit would read each file's values once per unit.
     */
    public Map<String, BigDecimal> itemOfUnits(String period, String item, Map<String, Long> fileByUnit) {
        Map<Long, String> files = new HashMap<>();
        Set<String> rolledUp = new HashSet<>();
        fileByUnit.forEach((uscc, fileId) -> {
            if (fileId == null) {
                rolledUp.add(uscc);
            } else {
                files.put(fileId, uscc);
            }
        });
        Map<String, BigDecimal> figures = new HashMap<>();
        stored.forEachNonzero(files.keySet(), (file, valueItem, figure) -> {
            if (valueItem.equals(item)) {
                figures.put(files.get(file), figure);
            }
        });
        if (!rolledUp.isEmpty()) {
            jdbc.sql("SELECT unit_uscc, figure FROM annual_rollup WHERE period = :period AND item = :item")
                    .param("period", period)
                    .param("item", item)
                    .query(rs -> {
                        if (rolledUp.contains(rs.getString(1))) {
                            figures.put(rs.getString(1), rs.getBigDecimal(2));
                        }
                    });
        }
        return figures;
    }

    /**
     * The items of a form in its order, item → ordinal: a counted unit has a figure for each, zero where nothing is
     * stored.
     */
    public Map<String, Integer> formItems(String formCode) {
        Map<String, Integer> items = new LinkedHashMap<>();
        jdbc.sql("SELECT item, ordinal FROM form_item WHERE form_code = :form ORDER BY ordinal")
                .param("form", formCode)
                .query(rs -> {
                    items.put(rs.getString(1), rs.getInt(2));
                });
        return items;
    }
}
