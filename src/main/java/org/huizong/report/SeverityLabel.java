package org.huizong.report;

/** How a severity reads in Chinese reports. */
final class SeverityLabel {

    private SeverityLabel() {
    }

    static String of(String severity) {
        return switch (severity) {
            case "REJECT" -> "拒收";
            case "ERROR" -> "错误（须改正）";
            case "WARNING" -> "警告（可说明）";
            default -> "提示";
        };
    }
}
