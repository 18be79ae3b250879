package org.huizong.assessment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model of the rankings the ranking step stored, for the portal: each period's run, its members' places and
 * each score's breakdown by indicator, as {@code RankingStore} wrote them.
 */
public final class StoredRankings {

    /** The model and run that produced a period's ranking. */
    public record RunInfo(
            String modelName,
            String modelVersion,
            String modelSha,
            String inputsSha,
            long jobExecutionId,
            LocalDateTime rankedAt) {}

    /** A member's place in its group. */
    public record Place(
            String group, String code, String name, int rank, BigDecimal score, String grade, String change) {}

    /** A member's points for one indicator. */
    public record IndicatorPoints(String group, String code, String indicator, BigDecimal points) {}

    /** One indicator of a member's score: points, raw value, the inputs, the working and the item codes read. */
    public record Breakdown(
            String indicator, BigDecimal points, BigDecimal raw, String inputs, String working, String itemsRead) {}

    private final JdbcClient jdbc;

    public StoredRankings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The periods ranked, latest first. */
    public List<String> periods() {
        return jdbc.sql("SELECT DISTINCT period FROM ranking_entry ORDER BY period DESC")
                .query(String.class)
                .list();
    }

    /** The latest run that ranked the period. */
    public Optional<RunInfo> run(String period) {
        return jdbc.sql("""
                SELECT model_name, model_version, model_sha256, inputs_sha256, job_execution_id, ranked_at FROM ranking_run
                WHERE period = :period ORDER BY ranked_at DESC, job_execution_id DESC FETCH FIRST 1 ROWS ONLY
                """)
                .param("period", period)
                .query((rs, n) -> new RunInfo(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getTimestamp(6).toLocalDateTime()))
                .optional();
    }

    /** Every member's points of the period, by group and code, each member's in the model's order of indicators. */
    public void forEachPoints(String period, Consumer<IndicatorPoints> sink) {
        jdbc.sql(
                        "SELECT group_name, code, indicator, points FROM ranking_points WHERE period = :period ORDER BY group_name, code, ordinal")
                .param("period", period)
                .query(rs -> {
                    sink.accept(new IndicatorPoints(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
                });
    }

    /** Every member's place in the period, by group (last first, as the tables are shown), then rank and code. */
    public List<Place> places(String period) {
        return jdbc.sql("""
                SELECT group_name, code, name, rank_no, score, grade, rank_change FROM ranking_entry WHERE period = :period
                ORDER BY group_name DESC, rank_no, code
                """)
                .param("period", period)
                .query((rs, n) -> new Place(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getBigDecimal(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /** How the member's score was made up, indicator by indicator in the model's order. */
    public List<Breakdown> breakdown(String period, String group, String code) {
        return jdbc.sql("""
                SELECT indicator, points, raw_value, inputs, working, items FROM ranking_points
                WHERE period = :period AND group_name = :group AND code = :code ORDER BY ordinal
                """)
                .param("period", period)
                .param("group", group)
                .param("code", code)
                .query((rs, n) -> new Breakdown(
                        rs.getString(1),
                        rs.getBigDecimal(2),
                        rs.getBigDecimal(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }
}
