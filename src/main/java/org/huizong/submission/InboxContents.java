package org.huizong.submission;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The read model of a period's inbox, the files a run has taken in, which {@link InboxRepository} writes. */
public final class InboxContents {

    private final JdbcClient jdbc;

    public InboxContents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many files taken in for the period a run has still to read. */
    public int waiting(String period) {
        return jdbc.sql("SELECT COUNT(*) FROM inbox_file WHERE period = :period AND done = FALSE")
                .param("period", period)
                .query(Long.class)
                .single()
                .intValue();
    }

    /** Whether a run already took in these very bytes for the period (under any name). */
    public boolean holdsContent(String period, String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM inbox_file WHERE period = :period AND sha256 = :sha")
                        .param("period", period)
                        .param("sha", sha256)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether a run took in the file at this path, relative to the period's input folder. */
    public boolean holds(String period, String relativePath) {
        return jdbc.sql("SELECT COUNT(*) FROM inbox_file WHERE period = :period AND relative_path = :path")
                        .param("period", period)
                        .param("path", relativePath)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
