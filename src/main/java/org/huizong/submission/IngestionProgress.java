package org.huizong.submission;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** How far the ingestion of the current run is, for a progress bar and the closing summary. */
public final class IngestionProgress {

    private final AtomicInteger total = new AtomicInteger();
    private final Map<FileStatus, AtomicInteger> byStatus = new EnumMap<>(FileStatus.class);

    public IngestionProgress() {
        for (FileStatus status : FileStatus.values()) {
            byStatus.put(status, new AtomicInteger());
        }
    }

    public void reset(int pending) {
        total.set(pending);
        byStatus.values().forEach(count -> count.set(0));
    }

    void done(FileStatus status) {
        byStatus.get(status).incrementAndGet();
    }

    public int total() {
        return total.get();
    }

    public int done() {
        return byStatus.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int count(FileStatus status) {
        return byStatus.get(status).get();
    }
}
