package org.huizong.portal.bureau;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.bureau.UnitRecords.Upload;
import org.huizong.portal.bureau.UnitRecords.Version;
import org.huizong.validation.SubmissionStatus;

/**
 * What submitting a checked upload will do, said plainly before the bureau submits: a workbook with errors over an
 * accepted version takes that version out of the consolidation, and a submission after the deadline over a version
 * received in time makes the unit late. Either needs the bureau's confirmation.
 */
public record SubmitConsequences(List<String> notes, boolean needsConfirmation) {

    public SubmitConsequences {
        notes = List.copyOf(notes);
    }

    /**
     * @param current the unit's current version (null when none)
     * @param otherPending uploads of the unit submitted for the period and not yet taken by a run
     */
    public static SubmitConsequences of(
            Upload upload, Version current, LocalDate deadline, LocalDate today, int otherPending) {
        List<String> notes = new ArrayList<>();
        boolean confirm = false;
        boolean accepted = current != null && current.counted();
        String currentName = current == null || current.version() == null
                ? ""
                : PortalMessages.get("version.number", current.version());
        if (SubmissionStatus.RETURNED.name().equals(upload.status())) {
            if (accepted) {
                notes.add(PortalMessages.get("submit.errorsOverAccepted", upload.errors(), currentName));
                confirm = true;
            } else {
                notes.add(PortalMessages.get("submit.errors", upload.errors()));
            }
        } else if (current != null) {
            notes.add(PortalMessages.get("submit.replaces", currentName));
        }
        long late = daysLate(deadline, today);
        if (late > 0) {
            long currentLate = current == null
                    ? late
                    : daysLate(deadline, current.receivedAt().toLocalDate());
            if (accepted && currentLate == 0) {
                notes.add(PortalMessages.get("submit.lateOverInTime", deadline, late, currentName));
                confirm = true;
            } else if (accepted && currentLate < late) {
                notes.add(PortalMessages.get("submit.laterThanCurrent", deadline, late, currentName, currentLate));
                confirm = true;
            } else {
                notes.add(PortalMessages.get("submit.late", deadline, late));
            }
        }
        if (otherPending > 0) {
            notes.add(PortalMessages.get("submit.otherPending", otherPending));
        }
        return new SubmitConsequences(notes, confirm);
    }

    private static long daysLate(LocalDate deadline, LocalDate day) {
        return Math.max(0, ChronoUnit.DAYS.between(deadline, day));
    }
}
