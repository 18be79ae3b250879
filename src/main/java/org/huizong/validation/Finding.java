package org.huizong.validation;

import java.math.BigDecimal;

/**
 * A problem found in a submission: the rule, how bad it is, where (the workbook's own sheet name and an A1 cell,
 * empty for file-level findings), the row and column labels, both sides of a failed identity, and the message.
 */
public record Finding(String rule, Severity severity, String sheet, String cell, String rowLabel, String columnLabel,
                      BigDecimal left, BigDecimal right, String message) {

    public Finding {
        sheet = sheet == null ? "" : sheet;
        cell = cell == null ? "" : cell;
        rowLabel = rowLabel == null ? "" : rowLabel;
        columnLabel = columnLabel == null ? "" : columnLabel;
    }

    public static Finding ofFile(Rule rule, String message) {
        return new Finding(rule.id(), rule.severity(), "", "", "", "", null, null, message);
    }
}
