package org.huizong.submission;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** How far the ingestion of the current run is, and where its time went: for a progress bar, the summary and the benchmark. */
public final class IngestionProgress {

    private final AtomicInteger total = new AtomicInteger();
    private final LongAdder readNanos = new LongAdder();
    private final LongAdder storeNanos = new LongAdder();
    private final Queue<Long> ingested = new ConcurrentLinkedQueue<>();
    private final AtomicInteger done = new AtomicInteger();

    public void reset(int pending) {
        total.set(pending);
        done.set(0);
        readNanos.reset();
        storeNanos.reset();
        ingested.clear();
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
        ingested.add(file.inbox().id());
    }

    /** The inbox files this run ingested: their final status is known once the job has finished. */
    public List<Long> ingestedInboxIds() {
        return List.copyOf(ingested);
    }

    public int total() {
        return total.get();
    }

    public int done() {
        return done.get();
    }
}
