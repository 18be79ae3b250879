package org.huizong.demo;

import static org.huizong.demo.GiaMItems.t1;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * T1-DEDUP: K1 of one category row pushed outside [max(K2..K6), K2+…+K6] while A07 (业务动态) absorbs the
 * difference, so the A09 column total and every other row stay right.
 */
final class DedupMistake {

    private static final List<String> ROWS = List.of("A01", "A03", "A04", "A05", "A06", "A08");
    private static final String ABSORBER = "A07";

    private DedupMistake() {}

    static PlantedMistake plant(CellValues values, Draw draw) {
        List<String> rows = new ArrayList<>(ROWS);
        Collections.shuffle(rows, new Random(draw.random().nextLong()));
        boolean upFirst = draw.chance(0.5);
        for (String row : rows) {
            for (boolean up : new boolean[] {upFirst, !upFirst}) {
                int distinct = values.get(t1(row, "K1"));
                int delta = up ? sum(values, row) - distinct + 1 : max(values, row) - distinct - 1;
                int absorbed = values.get(t1(ABSORBER, "K1")) - delta;
                boolean fits =
                        distinct + delta >= 0 && absorbed >= max(values, ABSORBER) && absorbed <= sum(values, ABSORBER);
                if (fits) {
                    values.set(t1(row, "K1"), distinct + delta);
                    values.set(t1(ABSORBER, "K1"), absorbed);
                    String bound = up ? "more than all channels together" : "fewer than one channel";
                    return new PlantedMistake(
                            "T1-DEDUP", t1(row, "K1"), row + ".K1 written as " + (distinct + delta) + ", " + bound);
                }
            }
        }
        throw new IllegalStateException("no row can take a T1-DEDUP mistake");
    }

    private static int max(CellValues values, String row) {
        int max = 0;
        for (int k = 2; k <= 6; k++) {
            max = Math.max(max, values.get(t1(row, "K" + k)));
        }
        return max;
    }

    private static int sum(CellValues values, String row) {
        int sum = 0;
        for (int k = 2; k <= 6; k++) {
            sum += values.get(t1(row, "K" + k));
        }
        return sum;
    }
}
