package org.huizong.submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Ids in lists of at most a thousand, for {@code IN (:ids)}: databases limit how many parameters one statement has. */
final class Chunks {

    private static final int SIZE = 1_000;

    private Chunks() {}

    static List<List<Long>> of(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
