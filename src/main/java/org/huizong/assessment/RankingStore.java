package org.huizong.assessment;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Records a period's ranking: the run, model and inputs that made it, and every entry with its points. */
final class RankingStore {

    private final JdbcClient jdbc;

    RankingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(PeriodRanking ranking, long jobExecutionId) {
        String period = ranking.period();
        jdbc.sql("DELETE FROM ranking_points WHERE period = :period").param("period", period).update();
        jdbc.sql("DELETE FROM ranking_entry WHERE period = :period").param("period", period).update();
        recordRun(ranking, jobExecutionId);
        for (GroupRanking group : ranking.groups()) {
            for (RankedSubject ranked : group.ranked()) {
                jdbc.sql("""
                        INSERT INTO ranking_entry (period, group_name, code, name, rank_no, score, grade, rank_change)
                        VALUES (:period, :group, :code, :name, :rank, :score, :grade, :change)
                        """).param("period", period).param("group", group.group().name()).param("code", ranked.subject().code())
                        .param("name", ranked.subject().name()).param("rank", ranked.rank()).param("score", ranked.score())
                        .param("grade", ranked.grade()).param("change", ranked.rankChange()).update();
                int ordinal = 0;
                for (IndicatorScore score : ranked.scores()) {
                    jdbc.sql("""
                            INSERT INTO ranking_points (period, group_name, code, indicator, ordinal, points, raw_value, inputs, working,
                                                        items)
                            VALUES (:period, :group, :code, :indicator, :ordinal, :points, :raw, :inputs, :working, :items)
                            """).param("period", period).param("group", group.group().name()).param("code", ranked.subject().code())
                            .param("indicator", score.indicator().name()).param("ordinal", ordinal++).param("points", score.points())
                            .param("raw", score.raw() == null ? null : score.raw().setScale(10, java.math.RoundingMode.HALF_UP))
                            .param("inputs", score.inputs()).param("working", score.working())
                            .param("items", itemsRead(score.indicator())).update();
                }
            }
        }
    }

    /** Whether entries of the period's ranking are stored. */
    boolean holds(String period) {
        return jdbc.sql("SELECT COUNT(*) FROM ranking_entry WHERE period = :period").param("period", period).query(Long.class).single() > 0;
    }

    /** Records that the run made the period's ranking, with the model and inputs it was made from. */
    void recordRun(PeriodRanking ranking, long jobExecutionId) {
        String period = ranking.period();
        jdbc.sql("DELETE FROM ranking_run WHERE period = :period AND job_execution_id = :run")
                .param("period", period).param("run", jobExecutionId).update();
        AssessmentModel model = ranking.model();
        jdbc.sql("""
                INSERT INTO ranking_run (period, job_execution_id, model_name, model_version, model_sha256, inputs_sha256, ranked_at)
                VALUES (:period, :run, :name, :version, :model, :inputs, :at)
                """).param("period", period).param("run", jobExecutionId).param("name", model.name())
                .param("version", model.version()).param("model", model.sha256()).param("inputs", ranking.inputsSha256())
                .param("at", Timestamp.valueOf(LocalDateTime.now())).update();
    }

    /** The form items the indicator's formulas read, by code, comma-separated (the facts it reads left out). */
    private static String itemsRead(Indicator indicator) {
        return indicator.method().formulas().stream().flatMap(f -> f.variables().stream())
                .filter(name -> ITEM_CODE.matcher(name).matches()).distinct().collect(java.util.stream.Collectors.joining(","));
    }

    private static final java.util.regex.Pattern ITEM_CODE = java.util.regex.Pattern.compile("T\\d\\.[A-Z0-9]+\\.[A-Z0-9]+");
}
