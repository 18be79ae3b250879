package org.huizong.form.write;

import java.util.ArrayList;
import java.util.List;
import org.huizong.form.BlockDescriptor;
import org.huizong.form.FormDescriptor;
import org.huizong.form.Heading;
import org.huizong.form.InfoField;
import org.huizong.form.ItemDescriptor;
import org.huizong.form.SheetDescriptor;
import org.huizong.text.Messages;

/**
 * Computes the official layout of a form from its descriptor: a title row, then per block its title, its header
 * rows (group labels merged over their columns, a short path merged down) and its data rows (group labels merged
 * over their rows, a short path merged right). The template, the summary workbook and the demo all draw this plan.
 */
public final class FormLayout {

    public List<SheetPlan> plan(FormDescriptor form) {
        List<SheetPlan> plans = new ArrayList<>();
        plans.add(infoPlan(form));
        for (SheetDescriptor sheet : form.sheets()) {
            plans.add(sheetPlan(form, sheet));
        }
        return plans;
    }

    private static SheetPlan infoPlan(FormDescriptor form) {
        List<PlannedCell> labels = new ArrayList<>();
        labels.add(new PlannedCell(0, 0, 0, 1, Messages.text("write.info.title", form.name()), CellRole.TITLE));
        int row = 2;
        for (InfoField field : form.info().fields()) {
            labels.add(new PlannedCell(row++, 0, row - 1, 0, field.label(), CellRole.INFO_LABEL));
        }
        return new SheetPlan("INFO", form.info().name(), labels, List.of(), new int[] {20, 48});
    }

    private static SheetPlan sheetPlan(FormDescriptor form, SheetDescriptor sheet) {
        int labelColumns = sheet.blocks().stream()
                .mapToInt(BlockDescriptor::labelDepth)
                .max()
                .orElse(0);
        int valueColumns =
                sheet.blocks().stream().mapToInt(b -> b.columns().size()).max().orElse(1);
        int last = labelColumns + valueColumns - 1;
        List<PlannedCell> labels = new ArrayList<>();
        List<ValueSlot> slots = new ArrayList<>();
        labels.add(new PlannedCell(0, 0, 0, last, sheet.title(), CellRole.TITLE));
        int row = 2;
        for (BlockDescriptor block : sheet.blocks()) {
            if (block.hasTitle()) {
                labels.add(new PlannedCell(row, 0, row, last, block.title(), CellRole.BLOCK_TITLE));
                row++;
            }
            int headerDepth = block.headerDepth();
            if (labelColumns > 0) {
                labels.add(new PlannedCell(
                        row,
                        0,
                        row + headerDepth - 1,
                        labelColumns - 1,
                        block.rowHeader() == null ? "" : block.rowHeader(),
                        CellRole.HEADER));
            }
            headerCells(sheet.code(), block, row, labelColumns, last, labels);
            row += headerDepth;
            rowLabels(sheet.code(), block, row, labelColumns, labels);
            for (int r = 0; r < block.rows().size(); r++) {
                for (int c = 0; c < block.columns().size(); c++) {
                    int column = labelColumns + c;
                    int lastColumn = c == block.columns().size() - 1 ? last : column;
                    slots.add(new ValueSlot(itemAt(form, sheet, block, r, c), row + r, column, lastColumn));
                }
            }
            row += block.rows().size() + 1;
        }
        return new SheetPlan(sheet.code(), sheet.name(), labels, slots, widths(labelColumns, valueColumns, sheet));
    }

    private static void headerCells(
            String sheetCode,
            BlockDescriptor block,
            int top,
            int firstValueColumn,
            int last,
            List<PlannedCell> labels) {
        List<Heading> columns = block.columns();
        int depth = block.headerDepth();
        for (int level = 0; level < depth; level++) {
            int c = 0;
            while (c < columns.size()) {
                List<String> path = columns.get(c).path();
                if (level >= path.size()) {
                    c++;
                    continue;
                }
                boolean own = level == path.size() - 1;
                int end = c;
                while (!own
                        && end + 1 < columns.size()
                        && samePrefix(columns.get(end + 1).path(), path, level)) {
                    end++;
                }
                int lastColumn = end == columns.size() - 1 ? last : firstValueColumn + end;
                int lastRow = own ? top + depth - 1 : top + level;
                labels.add(new PlannedCell(
                        top + level,
                        firstValueColumn + c,
                        lastRow,
                        lastColumn,
                        path.get(level),
                        CellRole.HEADER,
                        own ? sheetCode + "." + columns.get(c).code() : null));
                c = end + 1;
            }
        }
    }

    private static void rowLabels(
            String sheetCode, BlockDescriptor block, int top, int labelColumns, List<PlannedCell> labels) {
        List<Heading> rows = block.rows();
        for (int level = 0; level < labelColumns; level++) {
            int r = 0;
            while (r < rows.size()) {
                List<String> path = rows.get(r).path();
                if (level >= path.size()) {
                    r++;
                    continue;
                }
                boolean own = level == path.size() - 1;
                int end = r;
                while (!own
                        && end + 1 < rows.size()
                        && samePrefix(rows.get(end + 1).path(), path, level)) {
                    end++;
                }
                int lastColumn = own ? labelColumns - 1 : level;
                labels.add(new PlannedCell(
                        top + r,
                        level,
                        top + end,
                        lastColumn,
                        path.get(level),
                        CellRole.ROW_LABEL,
                        own ? sheetCode + "." + rows.get(r).code() : null));
                r = end + 1;
            }
        }
    }

    private static boolean samePrefix(List<String> a, List<String> b, int level) {
        return a.size() > level + 1 && a.subList(0, level + 1).equals(b.subList(0, level + 1));
    }

    private static ItemDescriptor itemAt(
            FormDescriptor form, SheetDescriptor sheet, BlockDescriptor block, int r, int c) {
        String code = ItemDescriptor.codeOf(
                sheet.code(), block.rows().get(r).code(), block.columns().get(c).code());
        return form.item(code).orElseThrow();
    }

    private static int[] widths(int labelColumns, int valueColumns, SheetDescriptor sheet) {
        int[] widths = new int[labelColumns + valueColumns];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c < labelColumns ? (c == labelColumns - 1 ? 34 : 14) : (valueColumns > 10 ? 9 : 13);
        }
        return widths;
    }
}
