package org.huizong.form.write;

import java.util.List;

/**
 * A table of a document on a grid: each cell at its row and column, spanning to {@code lastRow}/{@code lastColumn}
 * when merged; a grid position no cell covers is an empty cell. Column widths are relative.
 */
public record DocumentTable(int rows, int[] columnWidths, List<DocumentCell> cells) {

    public DocumentTable {
        columnWidths = columnWidths.clone();
        cells = List.copyOf(cells);
    }

    public int columns() {
        return columnWidths.length;
    }

    /** The rows at the top that head the table (repeated on each page a long table runs to). */
    public int headerRows() {
        int header = 0;
        while (header < rows && rowHasOnly(header, CellRole.HEADER)) {
            header++;
        }
        return header;
    }

    /** The cell that covers a grid position (its own or one merged over it), null when none does. */
    public DocumentCell cellAt(int row, int column) {
        for (DocumentCell cell : cells) {
            if (cell.row() <= row && cell.lastRow() >= row && cell.column() <= column && cell.lastColumn() >= column) {
                return cell;
            }
        }
        return null;
    }

    private boolean rowHasOnly(int row, CellRole role) {
        List<DocumentCell> starting =
                cells.stream().filter(c -> c.row() <= row && c.lastRow() >= row).toList();
        return !starting.isEmpty() && starting.stream().allMatch(c -> c.role() == role);
    }

    /** One cell: its text and role; {@code item} is the form's item code of a value cell, null for a label. */
    public record DocumentCell(
            int row, int column, int lastRow, int lastColumn, String text, CellRole role, String item) {

        public int rowSpan() {
            return lastRow - row + 1;
        }

        public int columnSpan() {
            return lastColumn - column + 1;
        }
    }
}
