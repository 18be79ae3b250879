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

}
