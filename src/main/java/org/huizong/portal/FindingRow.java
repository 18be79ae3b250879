package org.huizong.portal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.huizong.form.PlainNumber;

/** A finding as a page lists it: where (sheet, cell, labels), what (rule, severity, message) and the bureau's 说明. */
public record FindingRow(long id, String rule, String severity, String sheet, String cell, String rowLabel, String colLabel,
                         String left, String right, String message, String justification) {

    public String severityLabel() {
        return Labels.severity(severity);
    }

    public String tone() {
        return Labels.tone(severity);
    }

    public boolean isWarning() {
        return "WARNING".equals(severity);
    }

    /** Maps a row with the columns of the {@code finding} table (or {@code portal_upload_finding}, without id and 说明). */
    public static FindingRow of(ResultSet rs, boolean withIdAndJustification) throws SQLException {
        return new FindingRow(withIdAndJustification ? rs.getLong("id") : rs.getInt("ordinal"), rs.getString("rule"),
                rs.getString("severity"), rs.getString("sheet"), rs.getString("cell"), rs.getString("row_label"),
                rs.getString("col_label"), number(rs.getBigDecimal("left_value")), number(rs.getBigDecimal("right_value")),
                rs.getString("message"), withIdAndJustification ? rs.getString("justification") : null);
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : PlainNumber.format(value);
    }
}
