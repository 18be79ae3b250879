package org.huizong.submission;

import java.util.Iterator;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The inbox files of one partition still to be ingested. A file is marked done in the same transaction that stores
 * it, so a restarted partition picks up exactly where the failed one stopped.
 */
public final class InboxItemReader implements ItemStreamReader<Long> {

    private final InboxRepository inbox;
    private final String period;
    private final int partition;
    private final int partitions;
    private Iterator<Long> pending;

    public InboxItemReader(InboxRepository inbox, String period, int partition, int partitions) {
        this.inbox = inbox;
        this.period = period;
        this.partition = partition;
        this.partitions = partitions;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        pending = inbox.pending(period, partition, partitions).iterator();
    }

    @Override
    public Long read() {
        return pending != null && pending.hasNext() ? pending.next() : null;
    }
}
