package org.huizong.form.write;

import java.util.List;
import java.util.function.Consumer;

/**
 * Rows handed to a writer one at a time, so that a sheet of one row per unit never needs every row in memory: the
 * source calls {@code sink} for each row, in order.
 */
@FunctionalInterface
public interface RowSource {

    void forEachRow(Consumer<List<Object>> sink);

    static RowSource of(List<List<Object>> rows) {
        return rows::forEach;
    }
}
