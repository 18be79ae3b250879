package org.huizong.portal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.huizong.consolidation.UnitStatuses.UnitStatus;
import org.huizong.validation.SubmissionStatus;

/**
 * How many days late a unit stands: by its received time when it sent something, and for a unit that never sent,
 * by today once the deadline has passed (it is late, and getting later, not blank).
 */
public final class Lateness {

    private Lateness() {}

    public static long daysLate(UnitStatus status, LocalDate deadline, LocalDate today) {
        if (status != null && status.daysLate() != null) {
            return status.daysLate();
        }
        boolean nothing = status == null || status.status() == SubmissionStatus.MISSING;
        return nothing ? Math.max(0, ChronoUnit.DAYS.between(deadline, today)) : 0;
    }

    /** "32" or "32（未报送）" for a list, blank when in time. */
    public static String text(UnitStatus status, long daysLate) {
        if (daysLate <= 0) {
            return "";
        }
        return status == null || status.status() == SubmissionStatus.MISSING
                ? PortalMessages.get("late.missing", daysLate)
                : String.valueOf(daysLate);
    }
}
