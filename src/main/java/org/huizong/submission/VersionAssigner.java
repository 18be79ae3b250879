package org.huizong.submission;

import java.util.ArrayList;
import java.util.List;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Numbers each unit's versions for a period in received order (the received time, then arrival) and marks the
 * latest as current: a later version supersedes the earlier ones. Rejected files and duplicates are not versions;
 * a duplicate is attributed to the unit of the file it repeats.
 */
public final class VersionAssigner {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public VersionAssigner(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public int assign(String period) {
        record Version(long id, String uscc) {}
        List<Version> versions = jdbc.sql("""
                SELECT id, unit_uscc FROM received_file
                WHERE period = :period AND unit_uscc IS NOT NULL AND status IN (:versioned)
                ORDER BY unit_uscc, received_at, id
                """)
                .param("period", period)
                .param("versioned", SubmissionStatus.VERSIONED)
                .query((rs, n) -> new Version(rs.getLong(1), rs.getString(2)))
                .list();
        List<SqlParameterSource> updates = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Version v = versions.get(i);
            boolean first = i == 0 || !versions.get(i - 1).uscc().equals(v.uscc());
            int number = first ? 1 : (Integer) updates.get(i - 1).getValue("version") + 1;
            boolean last =
                    i == versions.size() - 1 || !versions.get(i + 1).uscc().equals(v.uscc());
            updates.add(new MapSqlParameterSource()
                    .addValue("id", v.id())
                    .addValue("version", number)
                    .addValue("current", last));
        }
        jdbc.sql("UPDATE received_file SET is_current = FALSE WHERE period = :period")
                .param("period", period)
                .update();
        attributeDuplicates(period);
        batch.batchUpdate(
                "UPDATE received_file SET version = :version, is_current = :current WHERE id = :id",
                updates.toArray(SqlParameterSource[]::new));
        return (int) updates.stream()
                .filter(u -> Boolean.TRUE.equals(u.getValue("current")))
                .count();
    }

    /**
     * A duplicate belongs to the unit of the file whose bytes it repeats (the first received: a duplicate is only ever
     * of its own unit's file), known once every file of the period is stored.
     */
    private void attributeDuplicates(String period) {
        jdbc.sql("""
                UPDATE received_file SET
                    unit_uscc = (SELECT o.unit_uscc FROM received_file o WHERE o.period = received_file.period
                                 AND o.sha256 = received_file.sha256 AND o.status <> :duplicate ORDER BY o.inbox_id FETCH FIRST 1 ROWS ONLY),
                    unit_name = (SELECT o.unit_name FROM received_file o WHERE o.period = received_file.period
                                 AND o.sha256 = received_file.sha256 AND o.status <> :duplicate ORDER BY o.inbox_id FETCH FIRST 1 ROWS ONLY)
                WHERE period = :period AND status = :duplicate
                """)
                .param("period", period)
                .param("duplicate", SubmissionStatus.DUPLICATE.name())
                .update();
    }
}
