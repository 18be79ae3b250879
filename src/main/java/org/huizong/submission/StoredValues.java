package org.huizong.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
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
    public record Located(Map<String, BigDecimal> figures, Map<String, ValueLocation> locations) {}

    /** Files read together by {@link #forEachLocated}: one query for their layouts, one for their values. */
    static final int FILES_PER_READ = 64;

    /**
     * The widest range of file ids {@link #forEachNonzero} reads by one query: about 6,400 values, a result the embedded
     * database keeps in memory (a larger one it writes to a temporary file first). Files not asked for in the range are
     * skipped as they pass; a period's files are mostly neighbours.
     */
    private static final long RANGE_IDS = 64;

    /** Receives a nonzero figure of a file as {@link #forEachNonzero} reads it. */
    @FunctionalInterface
    public interface FigureSink {
        void accept(long fileId, String item, BigDecimal figure);
    }

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

    /** The file's nonzero figures, item → figure: an item of its layout that has none is zero. */
    public Map<String, BigDecimal> nonzero(long fileId) {
        Map<String, BigDecimal> figures = new HashMap<>();
        jdbc.sql("SELECT item, figure FROM item_value WHERE file_id = :file")
                .param("file", fileId)
                .query(rs -> {
                    figures.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return figures;
    }

    /**
     * The nonzero figures of many files, for readers that add figures up and need neither the cells nor the zeros: read
     * in the order of the table's key over ranges of neighbouring file ids, where looking up each file by itself would
     * visit a city's values at random.
     */
    public void forEachNonzero(Collection<Long> fileIds, FigureSink sink) {
        Set<Long> wanted = new HashSet<>(fileIds);
        for (long[] range :
                ranges(wanted.stream().mapToLong(Long::longValue).sorted().toArray())) {
            jdbc.sql("SELECT file_id, item, figure FROM item_value WHERE file_id BETWEEN :first AND :last")
                    .param("first", range[0])
                    .param("last", range[1])
                    .query(rs -> {
                        long file = rs.getLong(1);
                        if (wanted.contains(file)) {
                            sink.accept(file, rs.getString(2), rs.getBigDecimal(3));
                        }
                    });
        }
    }

    /** Sorted ids as ranges [first, last], each spanning fewer than {@link #RANGE_IDS} ids. */
    static List<long[]> ranges(long[] sortedIds) {
        List<long[]> ranges = new ArrayList<>();
        for (long id : sortedIds) {
            long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && id - last[0] < RANGE_IDS) {
                last[1] = id;
            } else {
                ranges.add(new long[] {id, id});
            }
        }
        return ranges;
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
                    .param("files", group)
                    .query(rs -> {
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
            jdbc.sql("SELECT file_id, item, figure FROM item_value WHERE file_id IN (:files)")
                    .param("files", group)
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
            jdbc.sql("SELECT layout, item, sheet, cell FROM cell_layout WHERE layout IN (:keys)")
                    .param("keys", keys)
                    .query(rs -> {
                        layouts.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                                .put(rs.getString(2), new ValueLocation(rs.getString(3), rs.getString(4)));
                    });
        }
        return layouts;
    }
}
