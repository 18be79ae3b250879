package org.huizong.form;

import java.util.List;

/**
 * A block of a sheet: an optional title row that delimits it, a header of column labels, a label area of row
 * labels, and the value cells where they cross. A single-row block (表四) has one unlabelled data row.
 */
public record BlockDescriptor(
        String code, String title, String rowHeader, List<Heading> columns, List<Heading> rows, boolean singleRow) {

    public BlockDescriptor {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }

    /** The deepest column label path: how many header rows the block has. */
    public int headerDepth() {
        return columns.stream().mapToInt(c -> c.path().size()).max().orElse(1);
    }

    /** The deepest row label path: how many label columns the block has (0 for a single-row block). */
    public int labelDepth() {
        return rows.stream().mapToInt(r -> r.path().size()).max().orElse(0);
    }
}
