package org.huizong.form.write.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.huizong.form.CellAddress;
import org.huizong.form.read.MergedRegion;
import org.huizong.form.write.CellNote;

/**
 * The cells of one sheet that get notes, row by row and column by column; a note on a merged cell goes to the
 * region's top-left cell, and the notes of one cell keep their order.
 */
final class MarkedCells {

    /** A cell and its notes. */
    record Marked(int row, int column, List<CellNote> notes) {

        String a1() {
            return new CellAddress(row, column).a1();
        }
    }

    private final TreeMap<Integer, TreeMap<Integer, Marked>> rows = new TreeMap<>();

    MarkedCells(List<CellNote> notes, List<MergedRegion> regions) {
        for (CellNote note : notes) {
            CellAddress address = CellAddress.parse(note.a1().strip());
            if (address.row() < 0 || address.column() < 0) {
                throw new IllegalArgumentException("not a cell address: " + note.a1());
            }
            int row = address.row();
            int column = address.column();
            for (MergedRegion region : regions) {
                if (region.contains(address.row(), address.column())) {
                    row = region.firstRow();
                    column = region.firstColumn();
                }
            }
            Marked marked = rows.computeIfAbsent(row, r -> new TreeMap<>()).get(column);
            if (marked == null) {
                marked = new Marked(row, column, new ArrayList<>());
                rows.get(row).put(column, marked);
            }
            marked.notes().add(note);
        }
    }

    /** Each marked row (from 0) with its marked cells by column; a copy the caller may consume. */
    TreeMap<Integer, TreeMap<Integer, Marked>> byRow() {
        TreeMap<Integer, TreeMap<Integer, Marked>> copy = new TreeMap<>();
        for (Map.Entry<Integer, TreeMap<Integer, Marked>> row : rows.entrySet()) {
            copy.put(row.getKey(), new TreeMap<>(row.getValue()));
        }
        return copy;
    }

    List<Marked> all() {
        return rows.values().stream().flatMap(r -> r.values().stream()).toList();
    }
}
