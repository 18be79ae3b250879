package org.huizong.submission;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.huizong.validation.ValueLocation;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way to read a received file's values back, each with the sheet and cell it was read from, as
 * {@link ValueRows} keeps them: a nonzero value is a row of {@code item_value}, and the zeros of a file (four values in
 * five) are one row of {@code zero_value} listing them with their cells ({@link ZeroCells}). Files stored before
 * that have their zeros as rows; both read the same.
 */
public final class StoredValues {

    /** A file's values, item → figure in item order, and the cell each was read from. */
    public record Located(Map<String, BigDecimal> figures, Map<String, ValueLocation> locations) {
    }

    /** Files read together by {@link #forEachLocated}: one query for their values, one for their zeros. */
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
     * that judges every current file of a period asks twice per group of files instead of twice per file, and holds
     * one group in memory.
     */
    public void forEachLocated(List<Long> fileIds, LocatedSink sink) {
        for (int from = 0; from < fileIds.size(); from += FILES_PER_READ) {
            List<Long> group = fileIds.subList(from, Math.min(fileIds.size(), from + FILES_PER_READ));
            Map<Long, Located> read = new HashMap<>();
            group.forEach(id -> read.put(id, new Located(new TreeMap<>(), new LinkedHashMap<>())));
            jdbc.sql("SELECT file_id, item, figure, sheet, cell FROM item_value WHERE file_id IN (:files)").param("files", group)
                    .query(rs -> {
                        Located file = read.get(rs.getLong(1));
                        file.figures().put(rs.getString(2), rs.getBigDecimal(3));
                        file.locations().put(rs.getString(2), new ValueLocation(rs.getString(4), rs.getString(5)));
                    });
            jdbc.sql("SELECT file_id, cells FROM zero_value WHERE file_id IN (:files)").param("files", group).query(rs -> {
                Located file = read.get(rs.getLong(1));
                ZeroCells.decode(rs.getString(2)).forEach((item, location) -> {
                    file.figures().put(item, BigDecimal.ZERO);
                    file.locations().put(item, location);
                });
            });
            group.forEach(id -> sink.accept(id, read.get(id)));
        }
    }

    /** The items the file gave as zero with their cells (none for a file stored with its zeros as rows). */
    public Map<String, ValueLocation> zeroCells(long fileId) {
        return jdbc.sql("SELECT cells FROM zero_value WHERE file_id = :file").param("file", fileId).query(String.class)
                .optional().map(ZeroCells::decode).orElse(Map.of());
    }
}
