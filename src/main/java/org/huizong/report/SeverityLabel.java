package org.huizong.report;

import org.huizong.text.Messages;

/** How a severity reads in Chinese reports. */
final class SeverityLabel {

    private SeverityLabel() {
    }

    static String of(String severity) {
        return switch (severity) {
            case "REJECT" -> Messages.text("report.severity.REJECT");
            case "ERROR" -> Messages.text("report.severity.ERROR");
            case "WARNING" -> Messages.text("report.severity.WARNING");
            default -> Messages.text("report.severity.INFO");
        };
    }
}
