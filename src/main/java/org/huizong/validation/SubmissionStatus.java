package org.huizong.validation;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.huizong.form.PeriodKind;
import org.huizong.text.Messages;

/**
 * Where a received file, a portal upload or a unit's submission for a period stands. The names are the values stored
 * in {@code received_file.status} and {@code portal_upload.status}; the words are the bundle's {@code status.<NAME>}.
 */
public enum SubmissionStatus {
    ACCEPTED,
    ACCEPTED_WITH_WARNINGS,
    RETURNED,
    REJECTED,
    /** A unit that sent nothing for the period: never a file's status. */
    MISSING,
    /** A copy of a file already received (F09). */
    DUPLICATE,
    /** A portal upload that was not kept, since it names another unit: never a received file's status. */
    REFUSED;

    /** The names of the statuses whose values count in consolidation, for a query's {@code status IN (:counted)}. */
    public static final List<String> COUNTED = names(Stream.of(values()).filter(SubmissionStatus::isCounted));

    /** The names of the statuses of a file that is its unit's version for the period, counted or returned. */
    public static final List<String> VERSIONED = names(Stream.of(values()).filter(SubmissionStatus::isVersioned));

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
    public boolean isCounted() {
        return this == ACCEPTED || this == ACCEPTED_WITH_WARNINGS;
    }

    /** Whether a file with this status is a version of its unit's submission: counted, or returned to be corrected. */
    public boolean isVersioned() {
        return isCounted() || this == RETURNED;
    }

    /** How the status reads on reports and on the portal's pages. */
    public String label() {
        return Messages.text("status." + name());
    }

    /** For a year, a missing unit may have sent some months: it has neither an annual workbook nor all its months. */
    public String label(PeriodKind kind) {
        return kind == PeriodKind.YEAR && this == MISSING ? Messages.text("status.MISSING.year") : label();
    }

    private static List<String> names(Stream<SubmissionStatus> statuses) {
        return statuses.map(Enum::name).toList();
    }
}
