package org.huizong.submission;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each distinct {@link CellLayout} once in {@code cell_layout}, a row per item, under its key. A layout is
 * stored in a transaction of its own, committed at once, so that files stored side by side (the partitions of a month)
 * share it instead of racing to insert it in their own transactions; a layout whose files were rolled back stays, unused.
 */
final class CellLayouts {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    /** The keys known to be stored: layouts never change and are never deleted. */
    private final Set<String> stored = ConcurrentHashMap.newKeySet();

    CellLayouts(JdbcClient jdbc, TransactionTemplate ownTransaction) {
        this.jdbc = jdbc;
        this.ownTransaction = ownTransaction;
    }

    /** Stores the layout unless it is; returns its key. */
    String store(CellLayout layout) {
        String key = layout.key();
        if (stored.contains(key) || isStored(key)) {
            stored.add(key);
            return key;
        }
        try {
            ownTransaction.executeWithoutResult(status -> insert(key, layout));
        } catch (DataAccessException e) {
            if (!isStored(key)) {
                throw e;
            }
        }
        stored.add(key);
        return key;
    }

    private boolean isStored(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM cell_layout WHERE layout = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void insert(String key, CellLayout layout) {
        layout.cells()
                .forEach((item, location) -> jdbc.sql(
                                "INSERT INTO cell_layout (layout, item, sheet, cell) VALUES (:key, :item, :sheet, :cell)")
                        .param("key", key)
                        .param("item", item)
                        .param("sheet", location.sheet())
                        .param("cell", location.a1())
                        .update());
    }
}
