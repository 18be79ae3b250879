package org.huizong.system;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refreshes PostgreSQL's statistics of the tables a step has just filled, so the next steps' queries are planned for
 * the rows that are there. Without it a first month of 10,000 workbooks was planned as a few dozen rows: the
 * validation report's findings query joined 55,000 findings to 10,000 units row by row and took 27 s instead of
 * well under one. H2 plans without row estimates and needs nothing.
 */
public final class TableStatistics {

    private final JdbcClient jdbc;
    private final boolean postgres;

    public TableStatistics(DataSource dataSource, JdbcClient jdbc) {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is: " + e.getMessage(), e);
        }
    }

    /** Refreshes the statistics of these tables (names from the schema files, never from input). */
    public void refresh(String... tables) {
        if (postgres) {
            jdbc.sql("ANALYZE " + String.join(", ", tables)).update();
        }
    }

    public boolean isPostgres() {
        return postgres;
    }
}
