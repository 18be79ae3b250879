package org.huizong.form.read;

/** A merged range of cells; its value sits in the top-left cell. */
public record MergedRegion(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
}
