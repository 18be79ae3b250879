package org.huizong.form.write;

/**
 * A label cell of a sheet plan; {@code lastRow}/{@code lastColumn} extend it into a merged region when larger.
 * {@code headingKey} ({@code T3.R04}, {@code T3.C7}) marks the own label of a row or column.
 */
public record PlannedCell(
        int row, int column, int lastRow, int lastColumn, String text, CellRole role, String headingKey) {

    public PlannedCell(int row, int column, int lastRow, int lastColumn, String text, CellRole role) {
        this(row, column, lastRow, lastColumn, text, role, null);
    }

    public boolean isMerged() {
        return lastRow > row || lastColumn > column;
    }
}
