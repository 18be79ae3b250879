package org.huizong.demo;

import static org.huizong.demo.GiaMItems.t3;
import static org.huizong.demo.GiaMItems.t3Column;
import static org.huizong.demo.GiaMItems.t3Row;

/**
 * 表三: new applications by applicant kind, the month's outcomes and what stays pending. Applications of
 * 科研机构 (C3) and 社会公益组织 (C4) are rare, settled within the month and never outnumber those of
 * natural persons (C1) in any row, so no column looks shifted.
 */
final class ApplicationTable {

    /** C1 自然人, C2 商业企业, C3 科研机构, C4 社会公益组织, C5 法律服务机构, C6 其他. */
    private static final double[] KIND_WEIGHTS = {0.70, 0.15, 0.02, 0.02, 0.05, 0.06};
    /** Outcome rows R03..R23. */
    private static final double[] OUTCOME_WEIGHTS = {
        0.40, 0.10, 0.005, 0.01, 0.005, 0.02, 0.03, 0.03, 0.01, 0.02, 0.18, 0.04, 0.02, 0.04, 0.03, 0.005, 0.005, 0.01,
        0.02, 0.002, 0.02
    };

    private static final int FIRST_OUTCOME_ROW = 3;
    private static final int PARTIAL_ROW = 4;
    private static final int RARE_FIRST = 2;
    private static final int RARE_SECOND = 3;

    private ApplicationTable() {}

    /**
     * Fills R01..R25 × C1..C7 and returns the new pending counts (R25, C1..C6).
     *
     * @param newApplications R01.C7
     * @param pendingBefore   R02, C1..C6 (C3 and C4 always 0)
     * @param withoutPartial  leave row R04 (部分公开) empty
     */
    static int[] fill(CellValues values, int newApplications, int[] pendingBefore, boolean withoutPartial, Draw draw) {
        int[] fresh = draw.spread(newApplications, KIND_WEIGHTS);
        for (int rare : new int[] {RARE_FIRST, RARE_SECOND}) {
            while (fresh[RARE_FIRST] + fresh[RARE_SECOND] > fresh[0] && fresh[rare] > 0) {
                fresh[rare]--;
                fresh[0]++;
            }
        }
        double[] weights = OUTCOME_WEIGHTS.clone();
        if (withoutPartial) {
            weights[PARTIAL_ROW - FIRST_OUTCOME_ROW] = 0;
        }
        int[][] outcomes = new int[weights.length][6];
        int[] pendingAfter = new int[6];
        int rareCount = fresh[RARE_FIRST] + fresh[RARE_SECOND];
        for (int kind : new int[] {0, 1, 4, 5}) {
            int available = fresh[kind] + pendingBefore[kind];
            int keep = (int) Math.round(available * (0.1 + 0.25 * draw.random().nextDouble()));
            if (kind == 0) {
                keep = Math.min(keep, available - rareCount);
            }
            pendingAfter[kind] = keep;
            int[] rows = draw.spread(available - keep, weights);
            for (int r = 0; r < rows.length; r++) {
                outcomes[r][kind] = rows[r];
            }
        }
        for (int rare : new int[] {RARE_FIRST, RARE_SECOND}) {
            for (int i = 0; i < fresh[rare]; i++) {
                outcomes[roomyRow(outcomes, rare, draw)][rare]++;
            }
        }
        write(values, fresh, pendingBefore, outcomes, pendingAfter);
        return pendingAfter;
    }

    /** A row whose C1 count still exceeds its count of the rare kind, chosen in proportion to the room. */
    private static int roomyRow(int[][] outcomes, int rare, Draw draw) {
        double[] room = new double[outcomes.length];
        for (int r = 0; r < outcomes.length; r++) {
            room[r] = Math.max(0, outcomes[r][0] - outcomes[r][rare]);
        }
        return draw.weighted(room);
    }

    private static void write(
            CellValues values, int[] fresh, int[] pendingBefore, int[][] outcomes, int[] pendingAfter) {
        writeRow(values, 1, fresh);
        writeRow(values, 2, pendingBefore);
        int[] settled = new int[6];
        for (int r = 0; r < outcomes.length; r++) {
            writeRow(values, FIRST_OUTCOME_ROW + r, outcomes[r]);
            for (int kind = 0; kind < 6; kind++) {
                settled[kind] += outcomes[r][kind];
            }
        }
        writeRow(values, 24, settled);
        writeRow(values, 25, pendingAfter);
    }

    private static void writeRow(CellValues values, int row, int[] kinds) {
        int total = 0;
        for (int kind = 0; kind < 6; kind++) {
            values.set(t3(t3Row(row), t3Column(kind + 1)), kinds[kind]);
            total += kinds[kind];
        }
        values.set(t3(t3Row(row), "C7"), total);
    }
}
