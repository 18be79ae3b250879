package org.huizong.form.write;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ItemDescriptor;
import org.huizong.form.PlainNumber;

/**
 * A form's sheets as document tables, in the official layout of the form's own template ({@link FormLayout}): the
 * same header and row labels, merged the same way, without the sheet's title row (the document's heading says it)
 * and without the blank rows that separate blocks on a sheet. Value cells hold the figures as the form counts them:
 * a count as a whole number, an amount with no more decimals than the form allows.
 */
public final class DocumentTables {

    private final FormLayout layout = new FormLayout();

    /** The table of the form's sheet {@code sheetCode} (T2) filled with {@code figures} (zero where absent). */
    public DocumentTable of(FormDescriptor form, String sheetCode, Map<String, BigDecimal> figures) {
        SheetPlan plan = layout.plan(form).stream()
                .filter(p -> p.sheetCode().equals(sheetCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(form.code() + " has no sheet " + sheetCode));
        List<PlannedCell> labels =
                plan.labels().stream().filter(c -> c.role() != CellRole.TITLE).toList();
        int height = Math.max(
                        labels.stream().mapToInt(PlannedCell::lastRow).max().orElse(0),
                        plan.slots().stream().mapToInt(ValueSlot::row).max().orElse(0))
                + 1;
        int[] compact = new int[height];
        int rows = 0;
        for (int r = 0; r < height; r++) {
            int row = r;
            boolean used = labels.stream().anyMatch(c -> c.row() <= row && c.lastRow() >= row)
                    || plan.slots().stream().anyMatch(s -> s.row() == row);
            compact[r] = used ? rows++ : -1;
        }
        List<DocumentTable.DocumentCell> cells = new ArrayList<>();
        for (PlannedCell label : labels) {
            cells.add(new DocumentTable.DocumentCell(
                    compact[label.row()],
                    label.column(),
                    compact[label.lastRow()],
                    label.lastColumn(),
                    label.text(),
                    label.role(),
                    null));
        }
        for (ValueSlot slot : plan.slots()) {
            cells.add(new DocumentTable.DocumentCell(
                    compact[slot.row()],
                    slot.column(),
                    compact[slot.row()],
                    slot.lastColumn(),
                    figure(slot.item(), figures.get(slot.item().code())),
                    CellRole.VALUE,
                    slot.item().code()));
        }
        return new DocumentTable(rows, plan.columnWidths(), cells);
    }

    /** A figure as the form counts it: {@code 12}, {@code 3.25} (万元, at most the form's decimals). */
    public static String figure(ItemDescriptor item, BigDecimal value) {
        BigDecimal known = value == null ? BigDecimal.ZERO : value;
        return PlainNumber.format(known.setScale(item.type().maxDecimals(), RoundingMode.HALF_UP));
    }
}
