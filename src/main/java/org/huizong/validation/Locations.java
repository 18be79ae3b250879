package org.huizong.validation;

import java.math.BigDecimal;
import org.huizong.form.read.ItemCell;

/** Findings placed at an item's cell, with the descriptor's row and column labels. */
final class Locations {

    private Locations() {}

    static Finding at(
            ItemCell cell, String rule, Severity severity, BigDecimal left, BigDecimal right, String message) {
        return new Finding(
                rule,
                severity,
                cell.sheetName(),
                cell.address().a1(),
                cell.item().row().displayLabel(),
                cell.item().column().displayLabel(),
                left,
                right,
                message);
    }

    /** How a clerk names the cell: {@code 表三 三、本期办理结果/（一）予以公开 · 申请人情况/自然人}. */
    static String labelOf(ItemCell cell) {
        String row = cell.item().row().displayLabel();
        String column = cell.item().column().displayLabel();
        return cell.item().sheet().name() + " " + (row.isEmpty() ? column : row + " · " + column);
    }
}
