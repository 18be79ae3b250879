package org.huizong.validation;

import java.math.BigDecimal;

/**
 * A problem found in a submission: the rule, how bad it is, where (the workbook's own sheet name and an A1 cell,
 * empty for file-level findings), the row and column labels, both sides of a failed identity, the message, and the
 * bureau's 说明 when it justified a warning.
 */
public record Finding(
        String rule,
        Severity severity,
        String sheet,
        String cell,
        String rowLabel,
        String columnLabel,
        BigDecimal left,
        BigDecimal right,
        String message,
        String justification) {

    public Finding(
            String rule,
            Severity severity,
            String sheet,
            String cell,
            String rowLabel,
            String columnLabel,
            BigDecimal left,
            BigDecimal right,
            String message) {
        this(rule, severity, sheet, cell, rowLabel, columnLabel, left, right, message, null);
    }

    public Finding {
        sheet = sheet == null ? "" : sheet;
        cell = cell == null ? "" : cell;
        rowLabel = rowLabel == null ? "" : rowLabel;
        columnLabel = columnLabel == null ? "" : columnLabel;
    }

    /** The same finding with the bureau's justification; only a warning can be justified. */
    public Finding justifiedBy(String text) {
        if (severity != Severity.WARNING) {
            throw new IllegalStateException(rule + " is " + severity + ", not a warning");
        }
        return new Finding(rule, severity, sheet, cell, rowLabel, columnLabel, left, right, message, text);
    }

    public static Finding ofFile(Rule rule, String message) {
        return new Finding(rule.id(), rule.severity(), "", "", "", "", null, null, message);
    }
}
