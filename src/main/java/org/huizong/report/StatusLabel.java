package org.huizong.report;

import org.huizong.form.PeriodKind;

/** How a unit's status for a period (completeness.csv) reads in Chinese reports. */
final class StatusLabel {

    private StatusLabel() {
    }

    /** For a year, a missing unit may have sent some months: it has neither an annual workbook nor all its months. */
    static String of(String status, PeriodKind kind) {
        return kind == PeriodKind.YEAR && "MISSING".equals(status) ? "未报送或月报不全" : of(status);
    }

    static String of(String status) {
        return switch (status) {
            case "ACCEPTED" -> "已纳入";
            case "ACCEPTED_WITH_WARNINGS" -> "已纳入（有警告）";
            case "RETURNED" -> "退回待改";
            case "REJECTED" -> "拒收";
            case "MISSING" -> "未报送";
            default -> status;
        };
    }
}
