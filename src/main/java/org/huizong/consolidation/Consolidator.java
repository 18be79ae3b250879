package org.huizong.consolidation;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huizong.submission.AnnualStandIns;
import org.huizong.submission.SubmittedFiles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sums a period by county, category and city over the current version of each unit when it has no ERROR
 * finding, with the directory valid for the period. The units counted are recorded (counted_unit), not their figures
 * copied: {@link CountedValues} reads those from the counted files. Every item of the form is listed for every scope, zeros
 * included. Runs again from scratch each time: the result depends only on what is stored.
 */
public final class Consolidator {

    /** A unit of the period counted, by its current file or, with none, by its roll-up (file null). */
    private static final String COUNTED_UNIT = """
            INSERT INTO counted_unit (period, uscc, name, form_code, file_id) VALUES (:period, :uscc, :name, :form, :file)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final SubmittedFiles files;
    private final RolledUpUnits rolledUp;
    private final GroupSums sums;

    public Consolidator(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.files = new SubmittedFiles(jdbc);
        this.rolledUp = new RolledUpUnits(jdbc);
        this.sums = new GroupSums(jdbc, batch);
    }

    /**
     * The units that count: the current version of each unit when it has no ERROR finding; for a year, a unit without
     * an annual workbook of its own by its complete roll-up of accepted months. A unit whose annual workbook is current
     * (accepted or returned) is judged by that workbook.
     */
    private List<SqlParameterSource> countedUnits(String period, String formCode, boolean rollups) {
        Map<String, SubmittedFiles.CurrentFile> current = files.current(period);
        AnnualStandIns standIns = rollups ? rolledUp.standIns(period) : AnnualStandIns.NONE;
        List<SqlParameterSource> rows = new ArrayList<>();
        jdbc.sql("SELECT uscc, name FROM period_unit WHERE period = :period ORDER BY uscc")
                .param("period", period)
                .query(rs -> {
                    SubmittedFiles.CurrentFile file = current.get(rs.getString(1));
                    boolean counted = file == null
                            ? standIns.standsIn(rs.getString(1))
                            : file.status().isCounted();
                    if (counted) {
                        rows.add(new MapSqlParameterSource()
                                .addValue("period", period)
                                .addValue("uscc", rs.getString(1))
                                .addValue("name", rs.getString(2))
                                .addValue("form", file == null ? formCode : file.formCode())
                                .addValue("file", file == null ? null : file.id(), Types.BIGINT));
                    }
                });
        return rows;
    }

    /** Consolidates the period; with {@code rollups} (a year) units without an annual workbook count by their roll-up. */
    public int consolidate(String period, String formCode, String cityCode, String cityName, boolean rollups) {
        jdbc.sql("DELETE FROM counted_unit WHERE period = :period")
                .param("period", period)
                .update();
        batch.batchUpdate(COUNTED_UNIT, countedUnits(period, formCode, rollups).toArray(SqlParameterSource[]::new));
        sums.replace(period, formCode, cityCode, cityName);
        return jdbc.sql("SELECT COUNT(*) FROM counted_unit WHERE period = :period")
                .param("period", period)
                .query(Integer.class)
                .single();
    }
}
