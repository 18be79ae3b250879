package org.huizong.form.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.form.BlockDescriptor;
import org.huizong.form.CellAddress;
import org.huizong.form.Heading;
import org.huizong.form.LabelText;

/**
 * Finds the columns and rows of one block inside a row range of a sheet by their label paths. A heading's own label
 * must match a cell; the rest of its path (the groups above a column, to the left of a row) decides between
 * candidates, with merged regions and unmerged group labels (written once for the group) both understood.
 */
final class BlockLocator {

    private final CellGrid grid;
    private final BlockDescriptor block;
    private final int firstRow;
    private final int endRow;

    BlockLocator(CellGrid grid, BlockDescriptor block, int firstRow, int endRow) {
        this.grid = grid;
        this.block = block;
        this.firstRow = firstRow;
        this.endRow = endRow;
    }

    /** Where each found column and row is; the headings not found go to {@code missing}. */
    BlockPositions locate() {
        List<Heading> missing = new ArrayList<>();
        int headerEnd = block.singleRow() ? endRow : firstDataRowGuess();
        Map<String, Integer> columns = new LinkedHashMap<>();
        int headerBottom = firstRow - 1;
        for (Heading column : block.columns()) {
            CellAddress found = best(column, firstRow, headerEnd, 0, Integer.MAX_VALUE, true);
            if (found == null) {
                missing.add(column);
                continue;
            }
            columns.put(column.code(), found.column());
            MergedRegion region = grid.region(found.row(), found.column());
            headerBottom = Math.max(headerBottom, region == null ? found.row() : region.lastRow());
        }
        int labelEnd =
                columns.values().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        Map<String, Integer> rows = new LinkedHashMap<>();
        if (block.singleRow()) {
            rows.put("", singleDataRow(headerBottom, columns));
        } else {
            for (Heading row : block.rows()) {
                CellAddress found = best(row, headerBottom + 1, endRow, 0, labelEnd, false);
                if (found == null) {
                    missing.add(row);
                } else {
                    rows.put(row.code(), found.row());
                }
            }
        }
        return new BlockPositions(columns, rows, missing);
    }

    /** The row of the block's first row label found: the header lies above it. */
    private int firstDataRowGuess() {
        for (Heading row : block.rows()) {
            CellAddress found = best(row, firstRow, endRow, 0, Integer.MAX_VALUE, false);
            if (found != null) {
                return found.row();
            }
        }
        return endRow;
    }

    private int singleDataRow(int headerBottom, Map<String, Integer> columns) {
        for (int r = headerBottom + 1; r < endRow; r++) {
            for (int c : columns.values()) {
                GridCell cell = grid.visible(r, c);
                if (cell != null && !cell.display().isBlank()) {
                    return r;
                }
            }
        }
        return headerBottom + 1;
    }

    /**
     * The cell in the area whose own label is the heading's label and whose path holds most of the heading's
     * groups; for a column the path is read upwards, for a row leftwards.
     */
    private CellAddress best(Heading heading, int rowFrom, int rowTo, int columnFrom, int columnTo, boolean isColumn) {
        String own = LabelText.core(heading.label());
        List<String> groups = heading
                .path()
                .subList(0, Math.max(0, heading.path().size() - 1))
                .stream()
                .map(LabelText::core)
                .toList();
        CellAddress best = null;
        int bestScore = -1;
        for (int r = Math.max(rowFrom, 0); r < rowTo && r <= grid.lastRow(); r++) {
            for (int c = columnFrom; c < columnTo && c <= grid.lastColumn(); c++) {
                GridCell cell = grid.cell(r, c);
                if (cell == null
                        || cell.kind() != CellKind.TEXT
                        || !LabelText.core(cell.text()).equals(own)) {
                    continue;
                }
                List<String> path = isColumn ? pathAbove(r, c, rowFrom) : pathLeft(r, c, rowFrom);
                int score = (int) groups.stream().filter(path::contains).count();
                if (score > bestScore) {
                    best = new CellAddress(r, c);
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private List<String> pathAbove(int row, int column, int top) {
        List<String> path = new ArrayList<>();
        for (int r = top; r < row; r++) {
            String label = grid.label(r, column);
            for (int c = column - 1; label.isEmpty() && c >= 0; c--) {
                label = grid.label(r, c);
            }
            path.add(LabelText.core(label));
        }
        return path;
    }

    private List<String> pathLeft(int row, int column, int top) {
        List<String> path = new ArrayList<>();
        for (int c = 0; c < column; c++) {
            String label = grid.label(row, c);
            for (int r = row - 1; label.isEmpty() && r >= top; r--) {
                label = grid.label(r, c);
            }
            path.add(LabelText.core(label));
        }
        return path;
    }
}
