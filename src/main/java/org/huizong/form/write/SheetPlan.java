package org.huizong.form.write;

import java.util.List;

/** The official layout of one sheet: its label cells, its value slots and its column widths (in characters). */
public record SheetPlan(
        String sheetCode, String name, List<PlannedCell> labels, List<ValueSlot> slots, int[] columnWidths) {

    public int lastColumn() {
        return columnWidths.length - 1;
    }
}
