package org.huizong.form.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.huizong.form.BlockDescriptor;
import org.huizong.form.CellAddress;
import org.huizong.form.Heading;
import org.huizong.form.ItemDescriptor;
import org.huizong.form.LabelText;
import org.huizong.form.SheetDescriptor;

/**
 * Splits a sheet into its blocks (a titled block runs from its title to the next block's title) and locates every
 * item of the sheet. Missing labels are reported, never guessed: their items are simply not read.
 */
final class SheetLocator {

    private final CellGrid grid;
    private final SheetDescriptor sheet;

    SheetLocator(CellGrid grid, SheetDescriptor sheet) {
        this.grid = grid;
        this.sheet = sheet;
    }

    void locate(List<ItemDescriptor> sheetItems, List<ItemCell> cells, List<ReadProblem> problems) {
        List<Placed> placed = new ArrayList<>();
        for (BlockDescriptor block : sheet.blocks()) {
            int start = block.hasTitle() ? titleRow(block.title()) : 0;
            if (start < 0) {
                problems.add(ReadProblem.missingLabel(grid.sheetName(), block.title()));
                continue;
            }
            placed.add(new Placed(block, start));
        }
        placed.sort(Comparator.comparingInt(Placed::titleRow));
        for (int i = 0; i < placed.size(); i++) {
            Placed current = placed.get(i);
            int first = current.block().hasTitle() ? current.titleRow() + 1 : current.titleRow();
            int end = i + 1 < placed.size() ? placed.get(i + 1).titleRow() : grid.lastRow() + 1;
            BlockPositions positions = new BlockLocator(grid, current.block(), first, end).locate();
            for (Heading heading : positions.missing()) {
                problems.add(ReadProblem.missingLabel(grid.sheetName(), heading.displayLabel()));
            }
            for (ItemDescriptor item : sheetItems) {
                if (item.block() != current.block()) {
                    continue;
                }
                Integer row = positions.rows().get(item.row().code());
                Integer column = positions.columns().get(item.column().code());
                if (row != null && column != null) {
                    cells.add(new ItemCell(
                            item, grid.sheetName(), new CellAddress(row, column), grid.visible(row, column)));
                }
            }
        }
    }

    private int titleRow(String title) {
        String wanted = LabelText.core(title);
        int found = -1;
        for (GridCell cell : grid.cells()) {
            if (cell.kind() == CellKind.TEXT
                    && LabelText.canonical(cell.text()).contains(wanted)
                    && (found < 0 || cell.row() < found)) {
                found = cell.row();
            }
        }
        return found;
    }

    private record Placed(BlockDescriptor block, int titleRow) {}
}
