package org.huizong.demo;

import static org.huizong.demo.GiaMItems.t3;
import static org.huizong.demo.GiaMItems.t3Row;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Mistakes in 表三. Row totals (T3-COL) and column identities (T3-SUM, T3-BAL) constrain each other:
 * breaking one row alone, or one column alone, necessarily breaks a second identity. Each mistake here
 * therefore breaks its rule in exactly two places and nothing else.
 */
final class ApplicationMistakes {

    private static final List<String> MOVABLE_COLUMNS = List.of("C1", "C2", "C5", "C6");
    private static final List<String> MAIN_COLUMNS = List.of("C1", "C2");

    private ApplicationMistakes() {}

    static List<PlantedMistake> plant(String rule, CellValues values, Draw draw) {
        return switch (rule) {
            case "T3-COL" -> misplacedOutcome(values, draw);
            case "T3-SUM" -> outcomeWithoutTotal(values, draw);
            case "T3-BAL" -> pendingOff(values, draw);
            case "P-CARRY" -> carryOff(values, draw);
            default -> throw new IllegalArgumentException(rule);
        };
    }

    /** One case moved from row s to row r in one column, the rows' C7 left alone: both rows fail T3-COL. */
    private static List<PlantedMistake> misplacedOutcome(CellValues values, Draw draw) {
        Random shuffler = new Random(draw.random().nextLong());
        List<String> columns = new ArrayList<>(MOVABLE_COLUMNS);
        List<String> rows = outcomeRows();
        Collections.shuffle(columns, shuffler);
        Collections.shuffle(rows, shuffler);
        for (String column : columns) {
            for (String from : rows) {
                int count = values.get(t3(from, column));
                boolean keepsC1Ahead = !column.equals("C1")
                        || count - 1 >= Math.max(values.get(t3(from, "C3")), values.get(t3(from, "C4")));
                if (count > 0 && keepsC1Ahead) {
                    String to = rows.stream()
                            .filter(row -> !row.equals(from))
                            .findFirst()
                            .orElseThrow();
                    values.add(t3(from, column), -1);
                    values.add(t3(to, column), 1);
                    String what = "one " + column + " case moved from " + from + " to " + to + ", C7 not updated";
                    return sorted(
                            new PlantedMistake("T3-COL", t3(from, "C7"), what),
                            new PlantedMistake("T3-COL", t3(to, "C7"), what));
                }
            }
        }
        throw new IllegalStateException("no settled application to move");
    }

    /** One outcome counted in a row (C7 too) but not in R24: the column and C7 both fail T3-SUM. */
    private static List<PlantedMistake> outcomeWithoutTotal(CellValues values, Draw draw) {
        List<String> rows = outcomeRows().stream()
                .filter(row -> values.get(t3(row, "C7")) > 0)
                .toList();
        List<String> pool = rows.isEmpty() ? outcomeRows() : rows;
        String row = pool.get(draw.random().nextInt(pool.size()));
        String column = MAIN_COLUMNS.get(draw.random().nextInt(2));
        values.add(t3(row, column), 1);
        values.add(t3(row, "C7"), 1);
        String what = "one case added to " + row + " without updating R24";
        return sorted(
                new PlantedMistake("T3-SUM", t3(t3Row(24), column), what),
                new PlantedMistake("T3-SUM", t3(t3Row(24), "C7"), what));
    }

    /** R25 (结转) raised by one in a column and in C7: the column and C7 both fail T3-BAL. */
    private static List<PlantedMistake> pendingOff(CellValues values, Draw draw) {
        String column = MAIN_COLUMNS.get(draw.random().nextInt(2));
        values.add(t3(t3Row(25), column), 1);
        values.add(t3(t3Row(25), "C7"), 1);
        String what = "R25 pending count one too high";
        return sorted(
                new PlantedMistake("T3-BAL", t3(t3Row(1), column), what),
                new PlantedMistake("T3-BAL", t3(t3Row(1), "C7"), what));
    }

    /**
     * R02 differs from last month's R25 in a column and in C7; R25 moves with it so that this month's
     * balance still holds.
     */
    private static List<PlantedMistake> carryOff(CellValues values, Draw draw) {
        String column = MAIN_COLUMNS.get(draw.random().nextInt(2));
        int delta = draw.between(1, 2);
        if (values.get(t3(t3Row(2), column)) >= delta
                && values.get(t3(t3Row(25), column)) >= delta
                && draw.chance(0.5)) {
            delta = -delta;
        }
        for (int row : new int[] {2, 25}) {
            values.add(t3(t3Row(row), column), delta);
            values.add(t3(t3Row(row), "C7"), delta);
        }
        String what = "carried-over count off by " + delta + " against last month's R25";
        return sorted(
                new PlantedMistake("P-CARRY", t3(t3Row(2), column), what),
                new PlantedMistake("P-CARRY", t3(t3Row(2), "C7"), what));
    }

    private static List<String> outcomeRows() {
        List<String> rows = new ArrayList<>();
        for (int row = 3; row <= 23; row++) {
            rows.add(t3Row(row));
        }
        return rows;
    }

    private static List<PlantedMistake> sorted(PlantedMistake first, PlantedMistake second) {
        List<PlantedMistake> both = new ArrayList<>(List.of(first, second));
        both.sort(Comparator.comparing(PlantedMistake::item));
        return List.copyOf(both);
    }
}
