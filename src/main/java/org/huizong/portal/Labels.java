package org.huizong.portal;

import org.huizong.validation.Severity;
import org.huizong.validation.SubmissionStatus;

/** How statuses (in the words of the reports) and severities read on the portal's pages. */
public final class Labels {

    private Labels() {}

    /** The words of a status stored as its name; null is a unit that has no status yet, which reads as missing. */
    public static String status(String status) {
        return (status == null ? SubmissionStatus.MISSING : SubmissionStatus.valueOf(status)).label();
    }

    /** The words of a severity stored as its name, the same as the reports'. */
    public static String severity(String severity) {
        return Severity.valueOf(severity).label();
    }

    /** The CSS class of a status or severity badge, given by its name; grey for none. */
    public static String tone(String statusOrSeverity) {
        for (SubmissionStatus status : SubmissionStatus.values()) {
            if (status.name().equals(statusOrSeverity)) {
                return tone(status);
            }
        }
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(statusOrSeverity)) {
                return tone(severity);
            }
        }
        return "grey";
    }

    private static String tone(SubmissionStatus status) {
        return switch (status) {
            case ACCEPTED -> "green";
            case ACCEPTED_WITH_WARNINGS -> "amber";
            case RETURNED, REJECTED, REFUSED -> "red";
            case MISSING, DUPLICATE -> "grey";
        };
    }

    private static String tone(Severity severity) {
        return switch (severity) {
            case WARNING -> "amber";
            case ERROR, REJECT -> "red";
            default -> "grey";
        };
    }
}
