package org.huizong.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The robust outlier test of rule P-OUTLIER as the demo reads it: modified z-score over the median absolute deviation
 * (MAD), limit 3.5, at least six of the last twelve values.
 * <p>
 * It differs on purpose from the validator's {@code org.huizong.validation.ModifiedZScore}. When the history has no
 * spread (MAD 0) this test flags every value off the median, where the validator falls back to the mean absolute
 * deviation and flags only a value far off (and nothing at all after a flat history). So this reading is the stricter
 * one: a value it accepts, the validator never flags, and {@link SeriesHistory} uses it to generate values that are no
 * outlier under any reading. The test oracle uses it too; its constants copy the {@code outliers} line of GIA-M.yml
 * rather than reading the form descriptor, and it shares no code with the validator, so the oracle stays independent.
 */
final class ModifiedZScore {

    static final double LIMIT = 3.5;
    static final int MINIMUM_HISTORY = 6;
    static final int WINDOW = 12;

    private ModifiedZScore() {}

    /**
     * Whether a value lies far outside a history. Fewer than six values never flag anything; a history
     * without spread (MAD 0) flags every value that differs from its median.
     */
    static boolean isOutlier(List<Integer> history, int value) {
        if (history.size() < MINIMUM_HISTORY) {
            return false;
        }
        double median = median(history.stream().map(Integer::doubleValue).toList());
        List<Double> deviations =
                history.stream().map(x -> Math.abs(x - median)).toList();
        double mad = median(deviations);
        if (mad == 0) {
            return value != median;
        }
        return 0.6745 * Math.abs(value - median) / mad > LIMIT;
    }

    /** The last {@value #WINDOW} values of a history. */
    static List<Integer> window(List<Integer> history) {
        return history.subList(Math.max(0, history.size() - WINDOW), history.size());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
