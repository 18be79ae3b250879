package org.huizong.portal.bureau;

import java.time.LocalDateTime;
import java.util.List;
import org.huizong.consolidation.UnitStatuses.UnitStatus;
import org.huizong.form.ReportPeriod;
import org.huizong.portal.FindingRow;
import org.huizong.portal.Labels;
import org.huizong.portal.Lateness;
import org.huizong.portal.PortalMessages;
import org.huizong.submission.UnitFiles;
import org.huizong.unit.Unit;
import org.huizong.validation.SubmissionStatus;

/** What the pages about one unit's period show, as records the views read. */
public final class UnitRecords {

    private UnitRecords() {}

    /** Where a unit stands for a period; {@code status} null when no job has run for the period yet. */
    public record Standing(
            ReportPeriod period,
            Unit unit,
            UnitStatus status,
            java.time.LocalDate deadline,
            int pendingUploads,
            int heldUploads,
            long daysLate) {

        /** "32" or "32（未报送）", blank when in time. */
        public String daysLateText() {
            return Lateness.text(status, daysLate);
        }

        public String statusCode() {
            return status == null
                    ? SubmissionStatus.MISSING.name()
                    : status.status().name();
        }

        /** Nothing of the unit counts or was refused for the period: it has not sent a workbook. */
        public boolean missing() {
            return status == null || status.status() == SubmissionStatus.MISSING;
        }

        public String statusLabel() {
            return Labels.status(statusCode());
        }

        public String tone() {
            return Labels.tone(statusCode());
        }
    }

    /** One version (received file) of the unit for the period. */
    public record Version(
            long fileId,
            Integer version,
            LocalDateTime receivedAt,
            String status,
            boolean current,
            String uploadName,
            int errors,
            int warnings) {

        public String statusLabel() {
            return Labels.status(status);
        }

        public String tone() {
            return Labels.tone(status);
        }

        /** Whether this version's values count in consolidation (a county may return it). */
        public boolean counted() {
            return SubmissionStatus.valueOf(status).isCounted();
        }

        public String source() {
            return uploadName == null
                    ? PortalMessages.get("bureau.source.file")
                    : PortalMessages.get("bureau.source.upload", uploadName);
        }

        /** "第 2 版", or what the file was when it is not a version (a duplicate, a rejected file). */
        public String label() {
            return version != null
                    ? PortalMessages.get("version.number", version)
                    : PortalMessages.get("version.none", Labels.status(status));
        }
    }

    /**
     * A workbook the bureau uploaded, the findings of its check, and its stage: held until the bureau submits or discards
     * it, then submitted (withdrawable until a run takes it: {@code taken}), and {@code version} once a run ingested it.
     */
    public record Upload(
            long id,
            LocalDateTime uploadedAt,
            String originalName,
            String status,
            String uploadedBy,
            int errors,
            int warnings,
            String stage,
            LocalDateTime submittedAt,
            boolean taken,
            Long fileId,
            Integer version,
            String fileStatus,
            String message) {

        /** The upload as the runs have it: whether one took it in, and the file it became (null for none). */
        Upload as(boolean taken, UnitFiles.Received file) {
            return new Upload(
                    id,
                    uploadedAt,
                    originalName,
                    status,
                    uploadedBy,
                    errors,
                    warnings,
                    stage,
                    submittedAt,
                    taken,
                    file == null ? null : file.id(),
                    file == null ? null : file.version(),
                    file == null ? null : file.status().name(),
                    message);
        }

        public String statusLabel() {
            return Labels.status(status);
        }

        public String tone() {
            return Labels.tone(status);
        }

        /** Not kept: the workbook names another unit. */
        public boolean refused() {
            return SubmissionStatus.valueOf(status) == SubmissionStatus.REFUSED;
        }

        /** What the check says of the upload at once; a refused upload has its {@code message} instead. */
        public String checkNote() {
            return PortalMessages.get("upload.checked." + status);
        }

        /** The CSS class of {@link #checkNote()}. */
        public String checkTone() {
            return switch (SubmissionStatus.valueOf(status)) {
                case ACCEPTED -> "ok";
                case ACCEPTED_WITH_WARNINGS -> "info";
                default -> "err";
            };
        }

        public boolean ingested() {
            return fileId != null;
        }

        /** Checked and held, waiting for the bureau to submit or discard it. */
        public boolean held() {
            return PortalUploads.CHECKED.equals(stage);
        }

        /** Submitted and not yet ingested by a run. */
        public boolean pending() {
            return PortalUploads.SUBMITTED.equals(stage) && !ingested();
        }

        public boolean withdrawable() {
            return pending() && !taken;
        }

        public String stageLabel() {
            return switch (stage) {
                case PortalUploads.CHECKED -> PortalMessages.get("stage.checked");
                case PortalUploads.DISCARDED -> PortalMessages.get("stage.discarded");
                case PortalUploads.SUBMITTED ->
                    ingested() ? ingestedLabel() : PortalMessages.get(taken ? "stage.taken" : "stage.pending");
                default -> PortalMessages.get("stage.closed");
            };
        }

        public String stageTone() {
            return switch (stage) {
                case PortalUploads.CHECKED -> "amber";
                case PortalUploads.SUBMITTED -> ingested() ? Labels.tone(fileStatus) : "amber";
                default -> "grey";
            };
        }

        private String ingestedLabel() {
            return version != null
                    ? PortalMessages.get("version.number", version)
                    : PortalMessages.get("stage.ingestedAs", Labels.status(fileStatus));
        }
    }

    /** A county coordinator's return of a version. */
    public record Returned(
            long fileId,
            Integer version,
            String reason,
            String returnedBy,
            LocalDateTime returnedAt,
            String undoneBy,
            LocalDateTime undoneAt) {

        public boolean undone() {
            return undoneAt != null;
        }

        /** Whether this return stands against the version (it was not undone). */
        public boolean standsAgainst(Version version) {
            return version != null && !undone() && fileId == version.fileId();
        }
    }

    /** What a version changed against the previous one. */
    public record Change(String item, String sheet, String row, String column, String before, String after) {}

    /** A version with its findings and changes. */
    public record VersionDetail(Version version, List<FindingRow> findings, List<Change> changes) {}
}
