package org.huizong.portal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.huizong.form.PlainNumber;

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

    /**
     * Maps a row with the columns of the {@code finding} table and {@code carried_from} (or of {@code portal_upload_finding},
     * without id and 说明).
     */
    public static FindingRow of(ResultSet rs, boolean withIdAndJustification) throws SQLException {
        return new FindingRow(
                withIdAndJustification ? rs.getLong("id") : rs.getInt("ordinal"),
                rs.getString("rule"),
                rs.getString("severity"),
                rs.getString("sheet"),
                rs.getString("cell"),
                rs.getString("row_label"),
                rs.getString("col_label"),
                number(rs.getBigDecimal("left_value")),
                number(rs.getBigDecimal("right_value")),
                rs.getString("message"),
                withIdAndJustification ? rs.getString("justification") : null,
                withIdAndJustification ? (Integer) rs.getObject("carried_from") : null);
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : PlainNumber.format(value);
    }
}
