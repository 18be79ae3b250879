package org.huizong.unit;

import java.util.List;
import org.huizong.form.ReportPeriod;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores the directory as valid for a period, so that the period is consolidated with the counties it had then. */
public final class PeriodDirectoryStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public PeriodDirectoryStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public int snapshot(ReportPeriod period, UnitDirectory directory) {
        jdbc.sql("DELETE FROM period_unit WHERE period = :period")
                .param("period", period.code())
                .update();
        List<Unit> active = directory.activeIn(period);
        SqlParameterSource[] rows = active.stream()
                .map(u -> new MapSqlParameterSource()
                        .addValue("period", period.code())
                        .addValue("uscc", u.uscc())
                        .addValue("name", u.name())
                        .addValue("countyCode", u.countyCode())
                        .addValue("countyName", u.countyName())
                        .addValue("level", u.level().name())
                        .addValue("category", u.category()))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO period_unit (period, uscc, name, county_code, county_name, level, category)
                VALUES (:period, :uscc, :name, :countyCode, :countyName, :level, :category)
                """, rows);
        return active.size();
    }
}
