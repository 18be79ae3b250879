package org.huizong.form;

import java.util.List;

/**
 * An arithmetic relation between items of one submission, derived from what a descriptor declares:
 * {@code EQUAL} sum(left) = sum(right); {@code DISTINCT_UNION} max(right) ≤ sum(left) ≤ sum(right) (an item
 * published on several channels counts once); {@code AT_LEAST} sum(left) ≥ sum(right); {@code AT_LEAST_EACH}
 * sum(left) ≥ max(right). A failure is reported at the first left item.
 */
public record Identity(String rule, Kind kind, List<String> left, List<String> right) {

    public enum Kind {
        EQUAL,
        DISTINCT_UNION,
        AT_LEAST,
        AT_LEAST_EACH
    }

    public Identity {
        left = List.copyOf(left);
        right = List.copyOf(right);
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("identity " + rule + " needs items on both sides");
        }
    }

    /** Where a failure is reported: the cell of the left-hand side. */
    public String anchorItem() {
        return left.get(0);
    }
}
