package org.huizong.portal.county;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.huizong.portal.Labels;
import org.huizong.validation.SubmissionStatus;

/** How many units stand in each status, in the order reports list them. */
public record StatusCounts(Map<String, Integer> counts, int total) {

    public static final List<String> ORDER = Stream.of(
                    SubmissionStatus.ACCEPTED,
                    SubmissionStatus.ACCEPTED_WITH_WARNINGS,
                    SubmissionStatus.RETURNED,
                    SubmissionStatus.REJECTED,
                    SubmissionStatus.MISSING)
            .map(Enum::name)
            .toList();

    public static StatusCounts of(List<SubmissionStatus> statuses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ORDER.forEach(s -> counts.put(s, 0));
        statuses.forEach(s -> counts.merge(s.name(), 1, Integer::sum));
        return new StatusCounts(counts, statuses.size());
    }

    public int get(String status) {
        return counts.getOrDefault(status, 0);
    }

    public int accepted() {
        return SubmissionStatus.COUNTED.stream().mapToInt(this::get).sum();
    }

    /** Accepted units as a whole percentage of all. */
    public int acceptedPercent() {
        return total == 0 ? 0 : Math.round(100f * accepted() / total);
    }

    public String label(String status) {
        return Labels.status(status);
    }

    public String tone(String status) {
        return Labels.tone(status);
    }
}
