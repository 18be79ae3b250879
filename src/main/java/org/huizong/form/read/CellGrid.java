package org.huizong.form.read;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet reduced to what the form reader needs: its name, its non-empty cells and its merged regions. Small and
 * independent of any workbook library, so the workbook can be closed as soon as its grids are built.
 */
public final class CellGrid {

    private final String sheetName;
    private final Map<Long, GridCell> cells = new HashMap<>();
    private final Map<Long, MergedRegion> regionOfCell = new HashMap<>();
    private int lastRow = -1;
    private int lastColumn = -1;

    public CellGrid(String sheetName, Collection<GridCell> cells, List<MergedRegion> regions) {
        this.sheetName = sheetName;
        for (GridCell cell : cells) {
            this.cells.put(key(cell.row(), cell.column()), cell);
            lastRow = Math.max(lastRow, cell.row());
            lastColumn = Math.max(lastColumn, cell.column());
        }
        for (MergedRegion region : regions) {
            long area = (long) (region.lastRow() - region.firstRow() + 1)
                    * (region.lastColumn() - region.firstColumn() + 1);
            if (area > 10_000) {
                continue; // a whole-column merge carries no label structure worth indexing
            }
            for (int r = region.firstRow(); r <= region.lastRow(); r++) {
                for (int c = region.firstColumn(); c <= region.lastColumn(); c++) {
                    regionOfCell.put(key(r, c), region);
                }
            }
        }
    }

    public String sheetName() {
        return sheetName;
    }

    public int lastRow() {
        return lastRow;
    }

    public int lastColumn() {
        return lastColumn;
    }

    /** The cell itself, or null when empty. A cell covered by a merged region (not its top-left) is empty. */
    public GridCell cell(int row, int column) {
        return cells.get(key(row, column));
    }

    /** The cell that shows at this position: the top-left cell of its merged region, or the cell itself. */
    public GridCell visible(int row, int column) {
        MergedRegion region = regionOfCell.get(key(row, column));
        return region == null ? cell(row, column) : cell(region.firstRow(), region.firstColumn());
    }

    /** The text showing at this position, merged regions included; empty when nothing shows. */
    public String label(int row, int column) {
        GridCell cell = visible(row, column);
        return cell == null ? "" : cell.display();
    }

    public MergedRegion region(int row, int column) {
        return regionOfCell.get(key(row, column));
    }

    public boolean isTopLeft(int row, int column) {
        MergedRegion region = region(row, column);
        return region == null || (region.firstRow() == row && region.firstColumn() == column);
    }

    public Collection<GridCell> cells() {
        return cells.values();
    }

    /** A position as one number, ordered row by row, then by column (columns fit in 20 bits). */
    static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    static int rowOf(long key) {
        return (int) (key >> 20);
    }

    static int columnOf(long key) {
        return (int) (key & 0xFFFFF);
    }
}
