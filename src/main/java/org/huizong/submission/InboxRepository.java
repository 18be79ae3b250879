package org.huizong.submission;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The inbox of a period: which files were found and which are done. */
public final class InboxRepository {

    private final JdbcClient jdbc;

    public InboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every file of the period's inbox, in the order received. */
    KnownFiles known(String period) {
        KnownFiles known = new KnownFiles(period);
        jdbc.sql(
                        "SELECT relative_path, sha256, size_bytes, received_at FROM inbox_file WHERE period = :period ORDER BY id")
                .param("period", period)
                .query(rs -> {
                    known.add(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getTimestamp(4).toLocalDateTime());
                });
        return known;
    }

    public void add(InboxFile file) {
        jdbc.sql("""
                INSERT INTO inbox_file (period, relative_path, sha256, size_bytes, received_at, duplicate_of, done)
                VALUES (:period, :path, :sha, :size, :received, :duplicate, FALSE)
                """)
                .param("period", file.period())
                .param("path", file.relativePath())
                .param("sha", file.sha256())
                .param("size", file.sizeBytes())
                .param("received", Timestamp.valueOf(file.receivedAt()))
                .param("duplicate", file.duplicateOf())
                .update();
    }

    /** The files of a period not yet ingested, in one partition of {@code partitions}. */
    public List<Long> pending(String period, int partition, int partitions) {
        return jdbc.sql("""
                SELECT id FROM inbox_file WHERE period = :period AND done = FALSE AND MOD(id, :partitions) = :partition
                ORDER BY id
                """)
                .param("period", period)
                .param("partitions", partitions)
                .param("partition", partition)
                .query(Long.class)
                .list();
    }

    public InboxFile load(long id) {
        return jdbc.sql("SELECT * FROM inbox_file WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new InboxFile(
                        rs.getLong("id"),
                        rs.getString("period"),
                        rs.getString("relative_path"),
                        rs.getString("sha256"),
                        rs.getLong("size_bytes"),
                        rs.getTimestamp("received_at").toLocalDateTime(),
                        rs.getString("duplicate_of")))
                .single();
    }

    public void markDone(long id) {
        jdbc.sql("UPDATE inbox_file SET done = TRUE WHERE id = :id")
                .param("id", id)
                .update();
    }
}
