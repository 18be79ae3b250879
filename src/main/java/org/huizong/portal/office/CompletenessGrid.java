package org.huizong.portal.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.portal.county.CountyUnits.Line;
import org.huizong.portal.county.StatusCounts;

/** The office's grid for a period: one row per county with its units counted by status, and the city's total. */
public record CompletenessGrid(List<Row> rows, StatusCounts total) {

    /** A county's counts. */
    public record Row(String countyCode, String countyName, StatusCounts counts) {}

    public static CompletenessGrid of(List<Line> lines) {
        Map<String, List<Line>> byCounty = new LinkedHashMap<>();
        lines.forEach(l -> byCounty.computeIfAbsent(l.status().countyCode(), c -> new ArrayList<>())
                .add(l));
        List<Row> rows = byCounty.values().stream()
                .map(ls -> new Row(
                        ls.get(0).status().countyCode(),
                        ls.get(0).status().countyName(),
                        StatusCounts.of(
                                ls.stream().map(l -> l.status().status()).toList())))
                .toList();
        return new CompletenessGrid(
                rows,
                StatusCounts.of(lines.stream().map(l -> l.status().status()).toList()));
    }
}
