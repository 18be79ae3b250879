package org.huizong.form.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Grids written out line by line — sheet, each cell with its kind, value and formula, each merged region — to compare two readings. */
final class GridDescription {

    private GridDescription() {}

    static List<String> of(List<CellGrid> grids) {
        List<String> lines = new ArrayList<>();
        for (CellGrid grid : grids) {
            lines.add("sheet " + grid.sheetName() + " " + grid.lastRow() + "x" + grid.lastColumn());
            grid.cells().stream()
                    .sorted(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column))
                    .forEach(c -> lines.add(c.row() + "," + c.column() + " " + c.kind() + " " + c.display()
                            + (c.isFormula() ? " =" + c.formula() : "")));
            for (int r = 0; r <= grid.lastRow(); r++) {
                for (int c = 0; c <= grid.lastColumn(); c++) {
                    MergedRegion region = grid.region(r, c);
                    if (region != null && grid.isTopLeft(r, c)) {
                        lines.add("merged " + region);
                    }
                }
            }
        }
        return lines;
    }
}
