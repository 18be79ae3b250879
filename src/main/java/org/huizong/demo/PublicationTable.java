package org.huizong.demo;

import static org.huizong.demo.GiaMItems.CHANNELS;
import static org.huizong.demo.GiaMItems.PUBLICATION_ROWS;
import static org.huizong.demo.GiaMItems.t1;

/**
 * 表一 block 1: items published per category (K1, each item once) and per channel (K2..K6). Every item
 * is carried by at least one channel and counted once per channel, so max(K2..K6) ≤ K1 ≤ K2+…+K6 holds.
 */
final class PublicationTable {

    /** A01 机构职能 … A08 其他. */
    private static final double[] ROW_WEIGHTS = {0.03, 0.10, 0.06, 0.14, 0.08, 0.05, 0.44, 0.10};
    /** Chance that an item appears on 政府网站, 政务新媒体, 公开栏, 报刊广播电视, 其他渠道. */
    private static final double[] CHANNEL_CHANCES = {0.85, 0.45, 0.12, 0.05, 0.05};

    private static final int POLICY_ROW = 1;
    private static final int NEWS_ROW = 6;
    /** A07 always holds one website-only, one new-media-only and one two-channel item. */
    static final int NEWS_SEED_ITEMS = 3;

    private PublicationTable() {}

    /**
     * Fills A01..A09 × K1..K6.
     *
     * @param total           A09.K1, at least 10
     * @param minimumPolicies what A02.K1 must reach (newly issued 规章 and normative documents)
     */
    static void fill(CellValues values, int total, int minimumPolicies, Draw draw) {
        if (total < NEWS_SEED_ITEMS + minimumPolicies) {
            throw new IllegalArgumentException("too few publications: " + total);
        }
        int[] perRow = draw.spread(total - NEWS_SEED_ITEMS, ROW_WEIGHTS);
        perRow[NEWS_ROW] += NEWS_SEED_ITEMS;
        while (perRow[POLICY_ROW] < minimumPolicies) {
            int donor = perRow[NEWS_ROW] > NEWS_SEED_ITEMS ? NEWS_ROW : largestOtherRow(perRow);
            perRow[donor]--;
            perRow[POLICY_ROW]++;
        }
        int[] columnTotals = new int[CHANNELS.size()];
        for (int row = 0; row < perRow.length; row++) {
            int[] channels = new int[CHANNEL_CHANCES.length];
            for (int item = 0; item < perRow[row]; item++) {
                boolean[] on = carriers(row, item, draw);
                for (int c = 0; c < on.length; c++) {
                    channels[c] += on[c] ? 1 : 0;
                }
            }
            String rowCode = PUBLICATION_ROWS.get(row);
            values.set(t1(rowCode, "K1"), perRow[row]);
            columnTotals[0] += perRow[row];
            for (int c = 0; c < channels.length; c++) {
                values.set(t1(rowCode, CHANNELS.get(c + 1)), channels[c]);
                columnTotals[c + 1] += channels[c];
            }
        }
        for (int c = 0; c < CHANNELS.size(); c++) {
            values.set(t1("A09", CHANNELS.get(c)), columnTotals[c]);
        }
    }

    private static boolean[] carriers(int row, int item, Draw draw) {
        boolean[] on = new boolean[CHANNEL_CHANCES.length];
        if (row == 0) {
            on[0] = true; // 机构职能 lives on the website only
            return on;
        }
        if (row == NEWS_ROW && item < NEWS_SEED_ITEMS) {
            on[0] = item != 1;
            on[1] = item != 0;
            return on;
        }
        boolean any = false;
        for (int c = 0; c < on.length; c++) {
            on[c] = draw.chance(CHANNEL_CHANCES[c]);
            any |= on[c];
        }
        if (!any) {
            on[0] = true;
        }
        return on;
    }

    private static int largestOtherRow(int[] perRow) {
        int best = 0;
        for (int row = 0; row < perRow.length; row++) {
            if (row != POLICY_ROW && row != NEWS_ROW && perRow[row] > perRow[best]) {
                best = row;
            }
        }
        return best;
    }
}
