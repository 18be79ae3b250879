package org.huizong.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The past monthly values of one watched item (T1.A09.K1 or T3.R01.C7) of one unit, kept so that a new
 * value never looks like an outlier, whichever reading of P-OUTLIER a validator takes: accepted periods
 * only or every stored period, the current value inside the window or outside it.
 */
final class SeriesHistory {

    private final List<Integer> accepted = new ArrayList<>();
    private final List<Integer> stored = new ArrayList<>();

    void record(int value, boolean isStored, boolean isAccepted) {
        if (isStored) {
            stored.add(value);
        }
        if (isAccepted) {
            accepted.add(value);
        }
    }

    /** The allowed value in [low, high] nearest to the target (ties: the lower), else the nearest in [0, 2·high]. */
    int choose(int target, int low, int high) {
        return candidates(target, low, high)
                .filter(this::allows)
                .findFirst()
                .orElseGet(() -> candidates(target, 0, 2 * high + 10)
                        .filter(this::allows)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no value fits history " + accepted)));
    }

    boolean allows(int value) {
        return fits(accepted, value) && fits(stored, value);
    }

    private static boolean fits(List<Integer> history, int value) {
        List<Integer> window = ModifiedZScore.window(history);
        List<Integer> lastButOne =
                history.subList(Math.max(0, history.size() - ModifiedZScore.WINDOW + 1), history.size());
        return !ModifiedZScore.isOutlier(window, value)
                && !ModifiedZScore.isOutlier(append(window, value), value)
                && !ModifiedZScore.isOutlier(append(lastButOne, value), value);
    }

    private static List<Integer> append(List<Integer> values, int value) {
        List<Integer> result = new ArrayList<>(values);
        result.add(value);
        return result;
    }

    private static Stream<Integer> candidates(int target, int low, int high) {
        int from = Math.min(low, high);
        return IntStream.rangeClosed(from, Math.max(low, high))
                .boxed()
                .sorted(Comparator.comparingInt((Integer c) -> Math.abs(c - target))
                        .thenComparingInt(c -> c));
    }
}
