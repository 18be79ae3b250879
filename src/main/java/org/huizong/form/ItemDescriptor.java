package org.huizong.form;

import org.huizong.text.Messages;

/** One value cell of a form, addressed as {@code SHEET.ROW.COL}, with the headings that locate it. */
public record ItemDescriptor(
        String code,
        SheetDescriptor sheet,
        BlockDescriptor block,
        Heading row,
        Heading column,
        ValueType type,
        TimeAggregation aggregation) {

    /** The item as people name it: {@code 表三“（七）总计·总计”}; an unlabelled row (表四) by its column's whole path. */
    public String label() {
        String cell = row.label().isEmpty() ? String.join("·", column.path()) : row.label() + "·" + column.label();
        return Messages.text("form.item.label", sheet.name(), cell);
    }

    /** Builds the item code of a row and column of a sheet: {@code T3.R01.C7}, or {@code T4.RV.1} for an unlabelled row. */
    public static String codeOf(String sheetCode, String rowCode, String columnCode) {
        return rowCode.isEmpty() ? sheetCode + "." + columnCode : sheetCode + "." + rowCode + "." + columnCode;
    }
}
