package org.huizong.form;

import java.util.List;

/**
 * A row or column of a block: its code and its label path from the outermost group to its own label,
 * e.g. {@code [三、本期办理结果, （三）不予公开, 1.属于国家秘密]}. Type and aggregation are null when inherited.
 */
public record Heading(String code, List<String> path, ValueType type, TimeAggregation aggregation) {

    public Heading {
        path = List.copyOf(path);
    }

    /** The heading's own label, the last element of its path (empty for the unlabelled row of a single-row block). */
    public String label() {
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    /** The path as one readable text, e.g. {@code 三、本期办理结果/（三）不予公开/1.属于国家秘密}. */
    public String displayLabel() {
        return String.join("/", path);
    }
}
