package org.huizong.system;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lets one run of a period work at a time, whichever process it is in: a second run waits until the first releases
 * the period (or its lease, no longer renewed by a killed process, expires). A run restarted after a kill is the same
 * owner (its job instance) and takes its lease back at once.
 */
public final class PeriodLease {

    private static final Logger log = LoggerFactory.getLogger(PeriodLease.class);

    private final JdbcClient jdbc;
    private final Duration expiry;
    private final Duration wait;

    public PeriodLease(JdbcClient jdbc, Duration expiry, Duration wait) {
        this.jdbc = jdbc;
        this.expiry = expiry;
        this.wait = wait;
    }

    /** Takes the period for {@code owner}, waiting for another run to finish. */
    public void acquire(String period, String owner) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (!tryAcquire(period, owner)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("period " + period + " is being processed by another run ("
                        + holder(period).orElse("?") + ") for longer than " + wait.toMinutes() + " minutes");
            }
            if (!told) {
                log.info(
                        "period {}: waiting for run {} to finish",
                        period,
                        holder(period).orElse("?"));
                told = true;
            }
            Thread.sleep(500);
        }
    }

    public void renew(String period, String owner) {
        jdbc.sql("UPDATE period_lease SET renewed_at = :now WHERE period = :period AND owner = :owner")
                .param("now", Timestamp.valueOf(LocalDateTime.now()))
                .param("period", period)
                .param("owner", owner)
                .update();
    }

    public void release(String period, String owner) {
        jdbc.sql("DELETE FROM period_lease WHERE period = :period AND owner = :owner")
                .param("period", period)
                .param("owner", owner)
                .update();
    }

    private boolean tryAcquire(String period, String owner) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try {
            jdbc.sql("INSERT INTO period_lease (period, owner, renewed_at) VALUES (:period, :owner, :now)")
                    .param("period", period)
                    .param("owner", owner)
                    .param("now", now)
                    .update();
            return true;
        } catch (DataIntegrityViolationException taken) {
            Timestamp stale = Timestamp.valueOf(LocalDateTime.now().minus(expiry));
            return jdbc.sql("""
                    UPDATE period_lease SET owner = :owner, renewed_at = :now
                    WHERE period = :period AND (owner = :owner OR renewed_at < :stale)
                    """)
                            .param("owner", owner)
                            .param("now", now)
                            .param("period", period)
                            .param("stale", stale)
                            .update()
                    == 1;
        }
    }

    private Optional<String> holder(String period) {
        return jdbc.sql("SELECT owner FROM period_lease WHERE period = :period")
                .param("period", period)
                .query(String.class)
                .optional();
    }

    /** Whether an owner not named with {@code ownPrefix} holds the period by a lease renewed within the expiry. */
    public boolean heldByOthers(String period, String ownPrefix) {
        return jdbc.sql(
                                "SELECT COUNT(*) FROM period_lease WHERE period = :period AND owner NOT LIKE :own AND renewed_at > :fresh")
                        .param("period", period)
                        .param("own", ownPrefix + "%")
                        .param("fresh", Timestamp.valueOf(LocalDateTime.now().minus(expiry)))
                        .query(Long.class)
                        .single()
                > 0;
    }
}
