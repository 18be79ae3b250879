package org.huizong.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What each new version changed against the unit's previous version of the period: item, old value, new value. */
public final class VersionChanges {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final StoredValues storedValues;

    public VersionChanges(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.storedValues = new StoredValues(jdbc);
    }

    /** Recomputes the changes of every version after the first in the period; returns how many items changed. */
    public int record(String period) {
        jdbc.sql("DELETE FROM version_change WHERE file_id IN (SELECT id FROM received_file WHERE period = :period)")
                .param("period", period)
                .update();
        record Version(long id, String uscc, int number) {}
        List<Version> versions = jdbc.sql("""
                SELECT id, unit_uscc, version FROM received_file WHERE period = :period AND version IS NOT NULL
                ORDER BY unit_uscc, version
                """)
                .param("period", period)
                .query((rs, n) -> new Version(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            Version earlier = versions.get(i - 1);
            Version later = versions.get(i);
            if (!earlier.uscc().equals(later.uscc())) {
                continue;
            }
            Map<String, BigDecimal> before = values(earlier.id());
            Map<String, BigDecimal> after = values(later.id());
            TreeSet<String> items = new TreeSet<>(before.keySet());
            items.addAll(after.keySet());
            for (String item : items) {
                BigDecimal old = before.get(item);
                BigDecimal now = after.get(item);
                if (old == null || now == null || old.compareTo(now) != 0) {
                    rows.add(new MapSqlParameterSource()
                            .addValue("file", later.id())
                            .addValue("item", item)
                            .addValue("old", old)
                            .addValue("new", now));
                }
            }
        }
        batch.batchUpdate(
                "INSERT INTO version_change (file_id, item, old_value, new_value) VALUES (:file, :item, :old, :new)",
                rows.toArray(SqlParameterSource[]::new));
        return rows.size();
    }

    private Map<String, BigDecimal> values(long fileId) {
        return storedValues.figures(fileId);
    }
}
