package org.huizong.submission;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * How far the ingestion of the current run is, and where its time went: for a progress bar, the summary and the
 * benchmark. Partitions on this process count their files as they store them; partitions on worker processes are
 * counted from the job repository while the manager waits for them.
 */
public final class IngestionProgress {

    private final AtomicInteger total = new AtomicInteger();
    private final LongAdder readNanos = new LongAdder();
    private final LongAdder storeNanos = new LongAdder();
    private volatile List<Long> pending = List.of();
    private final AtomicInteger done = new AtomicInteger();

    public void reset(int pending) {
        total.set(pending);
        done.set(0);
        readNanos.reset();
        storeNanos.reset();
        this.pending = List.of();
    }

    /** A run's scan found these inbox files to ingest. */
    public void reset(List<Long> pending) {
        reset(pending.size());
        this.pending = List.copyOf(pending);
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

    void done(IngestedFile file) {
        done.incrementAndGet();
    }

    /** How many files the partitions on worker processes have stored so far. */
    public void writtenElsewhere(int files) {
        done.set(files);
    }

    /** The inbox files this run found to ingest: once the job has completed, every one of them is stored. */
    public List<Long> pendingInboxIds() {
        return pending;
    }

    public int total() {
        return total.get();
    }

    public int done() {
        return done.get();
    }
}
