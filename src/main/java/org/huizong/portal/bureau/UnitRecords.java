package org.huizong.portal.bureau;

import java.time.LocalDateTime;
import java.util.List;

import org.huizong.form.ReportPeriod;
import org.huizong.portal.FindingRow;
import org.huizong.portal.Labels;
import org.huizong.report.UnitStatuses.UnitStatus;
import org.huizong.unit.Unit;

/** What the pages about one unit's period show, as records the views read. */
public final class UnitRecords {

    private UnitRecords() {
    }

    /** Where a unit stands for a period; {@code status} null when no job has run for the period yet. */
    public record Standing(ReportPeriod period, Unit unit, UnitStatus status, java.time.LocalDate deadline, int pendingUploads) {

        public String statusCode() {
            return status == null ? "MISSING" : status.status();
        }

        public String statusLabel() {
            return Labels.status(statusCode());
        }

        public String tone() {
            return Labels.tone(statusCode());
        }
    }

    /** One version (received file) of the unit for the period. */
    public record Version(long fileId, Integer version, LocalDateTime receivedAt, String status, boolean current, String uploadName,
                          int errors, int warnings) {

        public String statusLabel() {
            return Labels.status(status);
        }

        public String tone() {
            return Labels.tone(status);
        }

        public String source() {
            return uploadName == null ? "文件报送" : "门户上传：" + uploadName;
        }
    }

    /** A workbook the bureau uploaded and the findings of its immediate check; {@code version} once a job ingested it. */
    public record Upload(long id, LocalDateTime uploadedAt, String originalName, String status, String uploadedBy, int errors,
                         int warnings, Long fileId, Integer version, String message) {

        public String statusLabel() {
            return Labels.status(status);
        }

        public String tone() {
            return Labels.tone(status);
        }

        public boolean ingested() {
            return fileId != null;
        }
    }

    /** A county coordinator's return of a version. */
    public record Returned(long fileId, Integer version, String reason, String returnedBy, LocalDateTime returnedAt) {
    }

    /** What a version changed against the previous one. */
    public record Change(String item, String sheet, String row, String column, String before, String after) {
    }

    /** A version with its findings and changes. */
    public record VersionDetail(Version version, List<FindingRow> findings, List<Change> changes) {
    }
}
