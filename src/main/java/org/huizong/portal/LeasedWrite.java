package org.huizong.portal;

import java.util.function.Supplier;
import org.huizong.system.PeriodLease;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * A portal write to a period's stored data (a 说明, a return) takes the period's lease for the moment of the write, so it
 * never lands in the middle of a job's steps; while a job holds the period the user is asked to try again shortly.
 */
public final class LeasedWrite {

    /** What the owner of a portal write's lease is named with, so that the portal can tell a job's lease from its own. */
    public static final String OWNER_PREFIX = "portal:";

    private final PeriodLease lease;
    private final TransactionTemplate transactions;

    public LeasedWrite(PeriodLease lease, TransactionTemplate transactions) {
        this.lease = lease;
        this.transactions = transactions;
    }

    public <T> T run(String period, String who, Supplier<T> work) {
        String owner = OWNER_PREFIX + who;
        try {
            lease.acquire(period, owner);
        } catch (IllegalStateException busy) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, PortalMessages.get("lease.running"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for period " + period, e);
        }
        try {
            return transactions.execute(status -> work.get());
        } finally {
            lease.release(period, owner);
        }
    }
}
