package org.huizong.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The robust outlier test of rule P-OUTLIER: modified z-score over the median absolute deviation. */
final class ModifiedZScore {

    static final double LIMIT = 3.5;
    static final int MINIMUM_HISTORY = 6;
    static final int WINDOW = 12;

    private ModifiedZScore() {
    }

    /**
     * Whether a value lies far outside a history. Fewer than six values never flag anything; a history
     * without spread (MAD 0) flags every value that differs from its median.
     */
    static boolean isOutlier(List<Integer> history, int value) {
        if (history.size() < MINIMUM_HISTORY) {
            return false;
        }
        double median = median(history.stream().map(Integer::doubleValue).toList());
        List<Double> deviations = history.stream().map(x -> Math.abs(x - median)).toList();
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
