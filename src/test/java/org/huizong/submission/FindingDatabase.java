package org.huizong.submission;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh in-memory database migrated to a version, with received files to hang findings on. */
final class FindingDatabase {

    final DataSource dataSource;
    final JdbcClient jdbc;
    final NamedParameterJdbcTemplate batch;

    private FindingDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new NamedParameterJdbcTemplate(dataSource);
    }

    /** Migrated to {@code version}, or to the latest when it is null. */
    static FindingDatabase at(String version) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:findings-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        migrate(dataSource, version);
        return new FindingDatabase(dataSource);
    }

    static void migrate(DataSource dataSource, String version) {
        var flyway = Flyway.configure().dataSource(dataSource);
        (version == null ? flyway : flyway.target(version)).load().migrate();
    }

    /** A received file of 2026-10 in {@code status}, as its inbox file arrived. */
    long receivedFile(String path, String status) {
        jdbc.sql(
                        "INSERT INTO inbox_file (period, relative_path, sha256, size_bytes, received_at) VALUES ('2026-10', :path, '', 1, NOW())")
                .param("path", path)
                .update();
        jdbc.sql("""
                INSERT INTO received_file (inbox_id, period, form_code, relative_path, sha256, size_bytes, received_at, status, ingested_at)
                SELECT id, period, 'GIA-M', relative_path, sha256, size_bytes, received_at, :status, received_at FROM inbox_file
                WHERE relative_path = :path
                """).param("path", path).param("status", status).update();
        return jdbc.sql("SELECT id FROM received_file WHERE relative_path = :path")
                .param("path", path)
                .query(Long.class)
                .single();
    }

    /** The file's findings as listed: "source ordinal rule", in listing order. */
    java.util.List<String> listed(long fileId) {
        return jdbc.sql("SELECT source, ordinal, rule FROM finding WHERE file_id = :file ORDER BY source, ordinal")
                .param("file", fileId)
                .query((rs, n) -> FindingSource.of(rs.getInt(1)) + " " + rs.getInt(2) + " " + rs.getString(3))
                .list();
    }
}
