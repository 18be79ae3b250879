package org.huizong.portal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.huizong.form.PlainNumber;
import org.huizong.validation.Finding;

/**
 * A finding as a page lists it: where (sheet, cell, labels), what (rule, severity, message) and the bureau's 说明, with
 * the version it was carried over from when the bureau wrote it for an earlier version.
 */
public record FindingRow(
        long id,
        String rule,
        String severity,
        String sheet,
        String cell,
        String rowLabel,
        String colLabel,
        String left,
        String right,
        String message,
        String justification,
        Integer carriedFrom) {

    public String severityLabel() {
        return Labels.severity(severity);
    }

    public String tone() {
        return Labels.tone(severity);
    }

    public boolean isWarning() {
        return "WARNING".equals(severity);
    }

    /** "已说明：…" beside a warning the bureau can answer again. */
    public String answeredNote() {
        return carriedFrom == null
                ? PortalMessages.get("justification.answered", justification)
                : PortalMessages.get("justification.answeredCarried", carriedFrom, justification);
    }

    /** "单位说明：…" under a finding's message. */
    public String justificationNote() {
        return carriedFrom == null
                ? PortalMessages.get("justification.note", justification)
                : PortalMessages.get("justification.noteCarried", carriedFrom, justification);
    }

    /** The same finding with a 说明 it will carry over from a version (an upload's warning shown before it is submitted). */
    public FindingRow carrying(String text, int fromVersion) {
        return new FindingRow(
                id, rule, severity, sheet, cell, rowLabel, colLabel, left, right, message, text, fromVersion);
    }

    /** The key a 说明 is carried by: the same rule at the same sheet and cell. */
    public String item() {
        return rule + "|" + sheet + "|" + cell;
    }

    /** A finding stored on a received file, with its id, its 说明 and the version that 说明 was carried from. */
    public static FindingRow of(long id, Finding finding, Integer carriedFrom) {
        return new FindingRow(
                id,
                finding.rule(),
                finding.severity().name(),
                finding.sheet(),
                finding.cell(),
                finding.rowLabel(),
                finding.columnLabel(),
                number(finding.left()),
                number(finding.right()),
                finding.message(),
                finding.justification(),
                carriedFrom);
    }

    /** A finding of an upload's immediate check, numbered in the order found; it carries no 说明. */
    public static FindingRow checked(ResultSet rs) throws SQLException {
        return new FindingRow(
                rs.getInt("ordinal"),
                rs.getString("rule"),
                rs.getString("severity"),
                rs.getString("sheet"),
                rs.getString("cell"),
                rs.getString("row_label"),
                rs.getString("col_label"),
                number(rs.getBigDecimal("left_value")),
                number(rs.getBigDecimal("right_value")),
                rs.getString("message"),
                null,
                null);
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : PlainNumber.format(value);
    }
}
