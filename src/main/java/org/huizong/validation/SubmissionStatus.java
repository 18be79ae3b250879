package org.huizong.validation;

import java.util.Collection;

/** Where a unit's submission for a period stands (completeness.csv). */
public enum SubmissionStatus {
    ACCEPTED,
    ACCEPTED_WITH_WARNINGS,
    RETURNED,
    REJECTED,
    MISSING;

    public static SubmissionStatus of(Collection<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.REJECT)) {
            return REJECTED;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return RETURNED;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
            return ACCEPTED_WITH_WARNINGS;
        }
        return ACCEPTED;
    }

    /** Whether the submission's values count in consolidation. */
    public boolean isAccepted() {
        return this == ACCEPTED || this == ACCEPTED_WITH_WARNINGS;
    }
}
