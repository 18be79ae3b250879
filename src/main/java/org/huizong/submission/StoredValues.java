package org.huizong.submission;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.huizong.validation.ValueLocation;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way to read a received file's values back, each with the sheet and cell it was read from, as
 * {@link ValueRows} keeps them: the file's {@link CellLayout} lists every item it gave a value for with its cell, and a
 * nonzero value is a row of {@code item_value}; an item of the layout without a row is zero.
 */
public final class StoredValues {

    /** A file's values, item → figure in item order, and the cell each was read from. */
    public record Located(Map<String, BigDecimal> figures, Map<String, ValueLocation> locations) {
    }

    /** Files read together by {@link #forEachLocated}: one query for their layouts, one for their values. */
    static final int FILES_PER_READ = 64;

    /** Receives each file's values as {@link #forEachLocated} reads them. */
    @FunctionalInterface
    public interface LocatedSink {
        void accept(long fileId, Located values);
    }

    private final JdbcClient jdbc;

    public StoredValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The file's values, item → figure, in item order. */
    public Map<String, BigDecimal> figures(long fileId) {
        return located(fileId).figures();
    }

    /** The file's values in item order, with their cells. */
    public Located located(long fileId) {
        Located[] read = new Located[1];
        forEachLocated(List.of(fileId), (id, values) -> read[0] = values);
        return read[0];
    }

    /**
     * The values of many files, handed out in the order given, read {@value #FILES_PER_READ} files at a time: a step
     * that judges every current file of a period asks three times per group of files instead of per file, and holds
     * one group in memory.
     */
    public void forEachLocated(List<Long> fileIds, LocatedSink sink) {
        for (int from = 0; from < fileIds.size(); from += FILES_PER_READ) {
            List<Long> group = fileIds.subList(from, Math.min(fileIds.size(), from + FILES_PER_READ));
            Map<Long, String> layoutOf = new HashMap<>();
            jdbc.sql("SELECT id, cell_layout FROM received_file WHERE id IN (:files) AND cell_layout IS NOT NULL")
                    .param("files", group).query(rs -> {
                        layoutOf.put(rs.getLong(1), rs.getString(2));
                    });
            Map<String, Map<String, ValueLocation>> cells = layouts(new HashSet<>(layoutOf.values()));
            Map<Long, Located> read = new HashMap<>();
            for (Long id : group) {
                Located file = new Located(new TreeMap<>(), new LinkedHashMap<>());
                cells.getOrDefault(layoutOf.get(id), Map.of()).forEach((item, location) -> {
                    file.figures().put(item, BigDecimal.ZERO);
                    file.locations().put(item, location);
                });
                read.put(id, file);
            }
            jdbc.sql("SELECT file_id, item, figure FROM item_value WHERE file_id IN (:files)").param("files", group)
                    .query(rs -> {
                        Located file = read.get(rs.getLong(1));
                        file.figures().put(rs.getString(2), rs.getBigDecimal(3));
                        file.locations().putIfAbsent(rs.getString(2), new ValueLocation(null, null));
                    });
            group.forEach(id -> sink.accept(id, read.get(id)));
        }
    }

    /** The layouts under these keys, key → item → cell ({@link CellLayout}). */
    private Map<String, Map<String, ValueLocation>> layouts(Set<String> keys) {
        Map<String, Map<String, ValueLocation>> layouts = new HashMap<>();
        if (!keys.isEmpty()) {
            jdbc.sql("SELECT layout, item, sheet, cell FROM cell_layout WHERE layout IN (:keys)").param("keys", keys).query(rs -> {
                layouts.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2),
                        new ValueLocation(rs.getString(3), rs.getString(4)));
            });
        }
        return layouts;
    }
}
