package org.huizong.submission;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** How far the ingestion of the current run is, and where its time went: for a progress bar, the summary and the benchmark. */
public final class IngestionProgress {

    private final AtomicInteger total = new AtomicInteger();
    private final java.util.concurrent.atomic.LongAdder readNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder storeNanos = new java.util.concurrent.atomic.LongAdder();
    private final Map<FileStatus, AtomicInteger> byStatus = new EnumMap<>(FileStatus.class);

    public IngestionProgress() {
        for (FileStatus status : FileStatus.values()) {
            byStatus.put(status, new AtomicInteger());
        }
    }

    public void reset(int pending) {
        total.set(pending);
        byStatus.values().forEach(count -> count.set(0));
        readNanos.reset();
        storeNanos.reset();
    }

    void timeRead(long nanos) {
        readNanos.add(nanos);
    }

    void timeStore(long nanos) {
        storeNanos.add(nanos);
    }

    /** Seconds spent reading and validating workbooks, summed over the partitions' threads. */
    public double readSeconds() {
        return readNanos.sum() / 1e9;
    }

    /** Seconds spent storing files, values and findings, summed over the partitions' threads. */
    public double storeSeconds() {
        return storeNanos.sum() / 1e9;
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
