package org.huizong.submission;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.huizong.validation.ValueLocation;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a new file's values: each nonzero value a row of {@code item_value}, and where every value was read from, zeros
 * included, as the file's {@link CellLayout} (shared with every file read from the same cells). An item of the layout
 * without a value row is zero. {@link StoredValues} reads them back.
 */
final class ValueRows {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CellLayouts layouts;
    private final ReceivedFileStore files;

    /** {@code ownTransaction} stores a new layout in a transaction of its own ({@link CellLayouts}). */
    ValueRows(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate ownTransaction) {
        this.jdbc = jdbc;
        this.template = template;
        this.layouts = new CellLayouts(jdbc, ownTransaction);
        this.files = new ReceivedFileStore(jdbc, new NamedParameterJdbcTemplate(template));
    }

    /** Stores a new file's values, positionally bound: a month brings a few hundred per file. */
    void save(long fileId, Map<String, BigDecimal> values, Map<String, ValueLocation> locations) {
        if (values.isEmpty()) {
            return;
        }
        String layout = layouts.store(CellLayout.of(values.keySet(), locations));
        files.readFrom(fileId, layout);
        List<Map.Entry<String, BigDecimal>> nonzero = values.entrySet().stream()
                .filter(value -> value.getValue().signum() != 0)
                .toList();
        if (nonzero.isEmpty()) {
            return;
        }
        template.batchUpdate(
                "INSERT INTO item_value (file_id, item, figure) VALUES (?, ?, ?)", new BatchPreparedStatementSetter() {

                    @Override
                    public void setValues(PreparedStatement row, int i) throws SQLException {
                        row.setLong(1, fileId);
                        row.setString(2, nonzero.get(i).getKey());
                        row.setBigDecimal(3, nonzero.get(i).getValue());
                    }

                    @Override
                    public int getBatchSize() {
                        return nonzero.size();
                    }
                });
    }
}
