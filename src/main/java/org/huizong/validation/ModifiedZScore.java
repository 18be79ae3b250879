package org.huizong.validation;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The modified z-score of Iglewicz and Hoaglin: 0.6745 × (x − median) / MAD, or, when the MAD is 0, (x − median) /
 * (1.253314 × mean absolute deviation). Empty when the history does not vary at all.
 * <p>
 * This is the validator's P-OUTLIER score, used by {@link HistoryCheck}; the window, minimum history and threshold come
 * from the form descriptor's {@code outliers} rule. It differs on purpose from {@code org.huizong.demo.ModifiedZScore}:
 * the mean-deviation fallback keeps a unit whose history barely moves from being flagged for any small change, where
 * the demo's stricter copy flags every value off a MAD-0 median so that the values it generates are safe under either
 * reading. The median is shared with the P-FEE-UNIT rule.
 */
final class ModifiedZScore {

    private ModifiedZScore() {}

    static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static OptionalDouble of(double x, List<Double> history) {
        double median = median(history);
        double mad = median(history.stream().map(v -> Math.abs(v - median)).toList());
        if (mad > 0) {
            return OptionalDouble.of(0.6745 * (x - median) / mad);
        }
        double meanAbsolute = history.stream()
                .mapToDouble(v -> Math.abs(v - median))
                .average()
                .orElse(0);
        return meanAbsolute > 0 ? OptionalDouble.of((x - median) / (1.253314 * meanAbsolute)) : OptionalDouble.empty();
    }
}
