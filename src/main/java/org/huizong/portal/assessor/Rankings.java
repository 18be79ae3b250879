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
import org.huizong.assessment.StoredRankings;
import org.huizong.portal.PortalMessages;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A period's published ranking as the assessment stored it ({@link StoredRankings}), with each score's breakdown. */
public final class Rankings {

    private static final Pattern ITEM = Pattern.compile("T\\d\\.[A-Z0-9]+\\.[A-Z0-9]+");

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

    private final StoredRankings stored;

    public Rankings(JdbcClient jdbc) {
        this.stored = new StoredRankings(jdbc);
    }

    public List<String> periods() {
        return stored.periods();
    }

    public Optional<StoredRankings.RunInfo> run(String period) {
        return stored.run(period);
    }

    public List<Group> groups(String period) {
        Map<String, Map<String, Map<String, BigDecimal>>> points = new LinkedHashMap<>();
        Map<String, List<String>> indicators = new LinkedHashMap<>();
        stored.forEachPoints(period, p -> {
            points.computeIfAbsent(p.group(), g -> new LinkedHashMap<>())
                    .computeIfAbsent(p.code(), c -> new LinkedHashMap<>())
                    .put(p.indicator(), p.points());
            List<String> list = indicators.computeIfAbsent(p.group(), g -> new ArrayList<>());
            if (!list.contains(p.indicator())) {
                list.add(p.indicator());
            }
        });
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        for (StoredRankings.Place place : stored.places(period)) {
            entries.computeIfAbsent(place.group(), g -> new ArrayList<>())
                    .add(new Entry(
                            place.group(),
                            place.code(),
                            place.name(),
                            place.rank(),
                            place.score(),
                            place.grade(),
                            place.change(),
                            points.getOrDefault(place.group(), Map.of()).getOrDefault(place.code(), Map.of())));
        }
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
        return stored.breakdown(period, group, code).stream()
                .map(b -> new Points(b.indicator(), b.points(), b.raw(), b.inputs(), b.working(), b.itemsRead()))
                .toList();
    }
}
