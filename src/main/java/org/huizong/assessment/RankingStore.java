package org.huizong.assessment;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Records a period's ranking: the run, model and inputs that made it, and every entry with its points. */
final class RankingStore {

    /** Rows of points inserted at once: a province's ranking holds hundreds of thousands. */
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    RankingStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void save(PeriodRanking ranking, long jobExecutionId) {
        String period = ranking.period();
        jdbc.sql("DELETE FROM ranking_points WHERE period = :period")
                .param("period", period)
                .update();
        jdbc.sql("DELETE FROM ranking_entry WHERE period = :period")
                .param("period", period)
                .update();
        recordRun(ranking, jobExecutionId);
        List<SqlParameterSource> entries = new ArrayList<>();
        List<SqlParameterSource> points = new ArrayList<>();
        for (GroupRanking group : ranking.groups()) {
            for (RankedSubject ranked : group.ranked()) {
                entries.add(new MapSqlParameterSource()
                        .addValue("period", period)
                        .addValue("group", group.group().name())
                        .addValue("code", ranked.subject().code())
                        .addValue("name", ranked.subject().name())
                        .addValue("rank", ranked.rank())
                        .addValue("score", ranked.score())
                        .addValue("grade", ranked.grade())
                        .addValue("change", ranked.rankChange()));
                int ordinal = 0;
                for (IndicatorScore score : ranked.scores()) {
                    points.add(new MapSqlParameterSource()
                            .addValue("period", period)
                            .addValue("group", group.group().name())
                            .addValue("code", ranked.subject().code())
                            .addValue("indicator", score.indicator().name())
                            .addValue("ordinal", ordinal++)
                            .addValue("points", score.points())
                            .addValue(
                                    "raw",
                                    score.raw() == null
                                            ? null
                                            : score.raw().setScale(10, java.math.RoundingMode.HALF_UP))
                            .addValue("inputs", score.inputs())
                            .addValue("working", score.working())
                            .addValue("items", itemsRead(score.indicator())));
                }
                if (points.size() >= BATCH) {
                    insert(entries, points);
                }
            }
        }
        insert(entries, points);
    }

    /** Inserts the rows gathered so far, in two batches, and forgets them. */
    private void insert(List<SqlParameterSource> entries, List<SqlParameterSource> points) {
        batch.batchUpdate("""
                INSERT INTO ranking_entry (period, group_name, code, name, rank_no, score, grade, rank_change)
                VALUES (:period, :group, :code, :name, :rank, :score, :grade, :change)
                """, entries.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                INSERT INTO ranking_points (period, group_name, code, indicator, ordinal, points, raw_value, inputs, working, items)
                VALUES (:period, :group, :code, :indicator, :ordinal, :points, :raw, :inputs, :working, :items)
                """, points.toArray(SqlParameterSource[]::new));
        entries.clear();
        points.clear();
    }

    /** Whether entries of the period's ranking are stored. */
    boolean holds(String period) {
        return jdbc.sql("SELECT COUNT(*) FROM ranking_entry WHERE period = :period")
                        .param("period", period)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records that the run made the period's ranking, with the model and inputs it was made from. */
    void recordRun(PeriodRanking ranking, long jobExecutionId) {
        String period = ranking.period();
        jdbc.sql("DELETE FROM ranking_run WHERE period = :period AND job_execution_id = :run")
                .param("period", period)
                .param("run", jobExecutionId)
                .update();
        AssessmentModel model = ranking.model();
        jdbc.sql("""
                INSERT INTO ranking_run (period, job_execution_id, model_name, model_version, model_sha256, inputs_sha256, ranked_at)
                VALUES (:period, :run, :name, :version, :model, :inputs, :at)
                """)
                .param("period", period)
                .param("run", jobExecutionId)
                .param("name", model.name())
                .param("version", model.version())
                .param("model", model.sha256())
                .param("inputs", ranking.inputsSha256())
                .param("at", Timestamp.valueOf(LocalDateTime.now()))
                .update();
    }

    /** The form items the indicator's formulas read, by code, comma-separated (the facts it reads left out). */
    private static String itemsRead(Indicator indicator) {
        return indicator.method().formulas().stream()
                .flatMap(f -> f.variables().stream())
                .filter(name -> ITEM_CODE.matcher(name).matches())
                .distinct()
                .collect(java.util.stream.Collectors.joining(","));
    }

    private static final java.util.regex.Pattern ITEM_CODE =
            java.util.regex.Pattern.compile("T\\d\\.[A-Z0-9]+\\.[A-Z0-9]+");
}
