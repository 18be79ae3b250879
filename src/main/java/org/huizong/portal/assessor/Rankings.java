package org.huizong.portal.assessor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huizong.portal.PortalMessages;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A period's published ranking as the ranking step stored it, with each score's breakdown (ranking_entry, ranking_points). */
public final class Rankings {

    private static final Pattern ITEM = Pattern.compile("T\\d\\.[A-Z0-9]+\\.[A-Z0-9]+");

    /** The model and run that produced the ranking. */
    public record RunInfo(
            String modelName,
            String modelVersion,
            String modelSha,
            String inputsSha,
            long jobExecutionId,
            java.time.LocalDateTime rankedAt) {}

    /** One ranked member with its points per indicator. */
    public record Entry(
            String group,
            String code,
            String name,
            int rank,
            BigDecimal score,
            String grade,
            String change,
            Map<String, BigDecimal> points) {

        public String scoreText() {
            return score.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }

        public String pointsText(String indicator) {
            BigDecimal p = points.get(indicator);
            return p == null ? "" : p.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }

        public String gradeTone() {
            if (grade.equals(PortalMessages.get("assessor.gradeTone.green"))) {
                return "green";
            }
            if (grade.equals(PortalMessages.get("assessor.gradeTone.grey"))) {
                return "grey";
            }
            return grade.equals(PortalMessages.get("assessor.gradeTone.amber")) ? "amber" : "red";
        }
    }

    /** A group's table. */
    public record Group(String name, List<String> indicators, List<Entry> entries) {}

    /** One indicator of a member's score: inputs, raw value, points and the working an assessor can recompute. */
    public record Points(
            String indicator, BigDecimal points, BigDecimal raw, String inputs, String working, String itemsRead) {

        public String pointsText() {
            return points.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }

        public String rawText() {
            return raw == null
                    ? ""
                    : raw.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }

        /**
         * The item codes the indicator reads, for the drill-down to the source cells: as the ranking stored them, or
         * (rankings stored before it did) as the inputs named them.
         */
        public List<String> items() {
            if (itemsRead != null) {
                return itemsRead.isEmpty() ? List.of() : List.of(itemsRead.split(","));
            }
            List<String> items = new ArrayList<>();
            Matcher m = ITEM.matcher(inputs);
            while (m.find()) {
                if (!items.contains(m.group())) {
                    items.add(m.group());
                }
            }
            return items;
        }
    }

    private final JdbcClient jdbc;

    public Rankings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> periods() {
        return jdbc.sql("SELECT DISTINCT period FROM ranking_entry ORDER BY period DESC")
                .query(String.class)
                .list();
    }

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

    public List<Group> groups(String period) {
        Map<String, Map<String, Map<String, BigDecimal>>> points = new LinkedHashMap<>();
        Map<String, List<String>> indicators = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT group_name, code, indicator, points FROM ranking_points WHERE period = :period ORDER BY group_name, code, ordinal")
                .param("period", period)
                .query(rs -> {
                    String group = rs.getString(1);
                    points.computeIfAbsent(group, g -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), c -> new LinkedHashMap<>())
                            .put(rs.getString(3), rs.getBigDecimal(4));
                    List<String> list = indicators.computeIfAbsent(group, g -> new ArrayList<>());
                    if (!list.contains(rs.getString(3))) {
                        list.add(rs.getString(3));
                    }
                });
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT group_name, code, name, rank_no, score, grade, rank_change FROM ranking_entry WHERE period = :period
                ORDER BY group_name DESC, rank_no, code
                """).param("period", period).query(rs -> {
            String group = rs.getString(1);
            entries.computeIfAbsent(group, g -> new ArrayList<>())
                    .add(new Entry(
                            group,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getBigDecimal(5),
                            rs.getString(6),
                            rs.getString(7),
                            points.getOrDefault(group, Map.of()).getOrDefault(rs.getString(2), Map.of())));
        });
        return entries.entrySet().stream()
                .map(e -> new Group(e.getKey(), indicators.getOrDefault(e.getKey(), List.of()), e.getValue()))
                .toList();
    }

    public Optional<Entry> entry(String period, String group, String code) {
        return groups(period).stream()
                .filter(g -> g.name().equals(group))
                .flatMap(g -> g.entries().stream())
                .filter(e -> e.code().equals(code))
                .findFirst();
    }

    public List<Points> breakdown(String period, String group, String code) {
        return jdbc.sql("""
                SELECT indicator, points, raw_value, inputs, working, items FROM ranking_points
                WHERE period = :period AND group_name = :group AND code = :code ORDER BY ordinal
                """)
                .param("period", period)
                .param("group", group)
                .param("code", code)
                .query((rs, n) -> new Points(
                        rs.getString(1),
                        rs.getBigDecimal(2),
                        rs.getBigDecimal(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }
}
