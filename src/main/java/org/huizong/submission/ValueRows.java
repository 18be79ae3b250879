package org.huizong.submission;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.huizong.validation.ValueLocation;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps a new file's values: each nonzero value a row of {@code item_value} with its cell, and all its zeros one row of
 * {@code zero_value} ({@link ZeroCells}). {@link StoredValues} reads them back.
 */
final class ValueRows {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ValueRows(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stores a new file's values, positionally bound: a month brings a few hundred per file. */
    void save(long fileId, Map<String, BigDecimal> values, Map<String, ValueLocation> locations) {
        List<Map.Entry<String, BigDecimal>> nonzero = new ArrayList<>();
        Map<String, ValueLocation> zeros = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> value : values.entrySet()) {
            if (value.getValue().signum() == 0 && ZeroCells.canList(value.getKey())) {
                zeros.put(value.getKey(), locations.get(value.getKey()));
            } else {
                nonzero.add(value);
            }
        }
        if (!nonzero.isEmpty()) {
            template.batchUpdate("INSERT INTO item_value (file_id, item, figure, sheet, cell) VALUES (?, ?, ?, ?, ?)",
                    new BatchPreparedStatementSetter() {

                        @Override
                        public void setValues(PreparedStatement row, int i) throws SQLException {
                            Map.Entry<String, BigDecimal> value = nonzero.get(i);
                            ValueLocation location = locations.get(value.getKey());
                            row.setLong(1, fileId);
                            row.setString(2, value.getKey());
                            row.setBigDecimal(3, value.getValue());
                            row.setString(4, location == null ? null : ZeroCells.sheetName(location.sheet()));
                            row.setString(5, location == null ? null : location.a1());
                        }

                        @Override
                        public int getBatchSize() {
                            return nonzero.size();
                        }
                    });
        }
        if (!zeros.isEmpty()) {
            jdbc.sql("INSERT INTO zero_value (file_id, cells) VALUES (:file, :cells)")
                    .param("file", fileId).param("cells", ZeroCells.encode(zeros)).update();
        }
    }
}
