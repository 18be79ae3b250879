package org.huizong.system;

import java.nio.file.Path;
import org.huizong.form.read.WorkbookLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of a Huizong installation ({@code huizong.*} in application.properties). */
@ConfigurationProperties("huizong")
public record HuizongProperties(Path dataDir, Ingest ingest, Lease lease, Publish publish) {

    /**
     * How many of publishing's branches run at once: each holds a large output in the making, and three at once left a
     * 10,000-unit month a few megabytes short of a 256 MB heap. The feedback workbooks are written and recorded
     * {@code chunkSize} to a transaction.
     */
    public record Publish(int branches, int chunkSize) {}

    /** How long a run's hold on its period lasts unrenewed (a killed process), and how long another run waits for it. */
    public record Lease(java.time.Duration expiry, java.time.Duration maxWait) {}

    /**
     * How ingestion is split (partitions run in parallel; each commits its workbooks in chunks) and what a workbook
     * may hold before it is refused (F02).
     */
    public record Ingest(
            int partitions,
            int chunkSize,
            long maxFileBytes,
            long maxUncompressedBytes,
            int maxExpansionRatio,
            int maxSheets,
            int maxRowsPerSheet,
            int maxCells,
            int maxCellChars,
            long maxSharedStringChars,
            int maxFormulaDepth) {

        public WorkbookLimits limits() {
            return new WorkbookLimits(
                    maxFileBytes,
                    maxUncompressedBytes,
                    maxExpansionRatio,
                    maxSheets,
                    maxRowsPerSheet,
                    maxCells,
                    maxCellChars,
                    maxSharedStringChars,
                    maxFormulaDepth);
        }
    }

    public Path archiveDir() {
        return dataDir.resolve("archive");
    }
}
