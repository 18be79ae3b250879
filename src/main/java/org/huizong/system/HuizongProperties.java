package org.huizong.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of a Huizong installation ({@code huizong.*} in application.properties). */
@ConfigurationProperties("huizong")
public record HuizongProperties(Path dataDir, Ingest ingest) {

    /** How ingestion is split: partitions run in parallel; each commits its workbooks in chunks. */
    public record Ingest(int partitions, int chunkSize, int maxRowsPerSheet) {
    }

    public Path archiveDir() {
        return dataDir.resolve("archive");
    }
}
