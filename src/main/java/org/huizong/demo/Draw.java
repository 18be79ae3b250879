package org.huizong.demo;

import java.util.random.RandomGenerator;

/** Small random draws shared by the value generators. */
final class Draw {

    private final RandomGenerator random;

    Draw(RandomGenerator random) {
        this.random = random;
    }

    RandomGenerator random() {
        return random;
    }

    /** An index drawn with the given weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Spreads a count over buckets with the given weights. */
    int[] spread(int count, double[] weights) {
        int[] buckets = new int[weights.length];
        for (int i = 0; i < count; i++) {
            buckets[weighted(weights)]++;
        }
        return buckets;
    }

    /** A value around base, within ±share of it, never negative. */
    int around(int base, double share) {
        return Math.max(0, (int) Math.round(base * (1 - share + 2 * share * random.nextDouble())));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int lowInclusive, int highInclusive) {
        return random.nextInt(lowInclusive, highInclusive + 1);
    }
}
