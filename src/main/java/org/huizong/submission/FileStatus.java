package org.huizong.submission;

import org.huizong.validation.SubmissionStatus;

/** What became of a received file: a unit's status, or a duplicate of a file already received (F09). */
public enum FileStatus {
    ACCEPTED,
    ACCEPTED_WITH_WARNINGS,
    RETURNED,
    REJECTED,
    DUPLICATE;

    public static FileStatus of(SubmissionStatus status) {
        return valueOf(status.name());
    }

    /** Whether a file of this status is a version of the unit's submission (has stored values). */
    public boolean isVersion() {
        return this == ACCEPTED || this == ACCEPTED_WITH_WARNINGS || this == RETURNED;
    }
}
