package org.huizong.system;

import java.nio.file.Path;

import org.huizong.form.read.WorkbookLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of a Huizong installation ({@code huizong.*} in application.properties). */
@ConfigurationProperties("huizong")
public record HuizongProperties(Path dataDir, Ingest ingest) {

    /**
     * How ingestion is split (partitions run in parallel; each commits its workbooks in chunks) and what a workbook
     * may hold before it is refused (F02).
     */
    public record Ingest(int partitions, int chunkSize, long maxFileBytes, long maxUncompressedBytes, int maxExpansionRatio,
                         int maxSheets, int maxRowsPerSheet, int maxCells) {

        public WorkbookLimits limits() {
            return new WorkbookLimits(maxFileBytes, maxUncompressedBytes, maxExpansionRatio, maxSheets, maxRowsPerSheet, maxCells);
        }
    }

    public Path archiveDir() {
        return dataDir.resolve("archive");
    }
}
