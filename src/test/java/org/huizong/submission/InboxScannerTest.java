package org.huizong.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A scan adds what is new: a file left as it was is not added (nor hashed) again; a file saved again is looked at. */
class InboxScannerTest {

    private static final String PERIOD = "2026-10";

    @TempDir
    Path input;

    private JdbcClient jdbc;
    private InboxScanner scanner;

    @BeforeEach
    void migratedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:inbox-scanner-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        scanner = new InboxScanner(new InboxRepository(jdbc));
    }

    @Test
    void aFileLeftAsItWasIsNotAddedAgain() throws IOException {
        write("甲局.xlsx", "first", Instant.parse("2026-11-02T08:00:00.123456789Z"));
        write("乙局.xlsx", "other", Instant.parse("2026-11-02T09:00:00Z"));

        assertThat(scanner.scan(PERIOD, input)).isEqualTo(2);
        assertThat(scanner.scan(PERIOD, input)).isZero();
        assertThat(inbox()).containsExactly("甲局.xlsx", "乙局.xlsx");
    }

    @Test
    void aFileWithTheSizeAndTimeItWasReceivedWithIsNotReadAgain() throws IOException {
        Instant modified = Instant.parse("2026-11-02T08:00:00.987654321Z");
        write("甲局.xlsx", "first", modified);
        scanner.scan(PERIOD, input);

        write("甲局.xlsx", "fixed", modified);

        assertThat(scanner.scan(PERIOD, input))
                .as("same size, same time: the file received, not hashed again")
                .isZero();
    }

    @Test
    void aFileSavedAgainWithOtherBytesOfTheSameSizeIsANewSubmission() throws IOException {
        write("甲局.xlsx", "first", Instant.parse("2026-11-02T08:00:00Z"));
        scanner.scan(PERIOD, input);

        write("甲局.xlsx", "again", Instant.parse("2026-11-03T08:00:00Z"));

        assertThat(scanner.scan(PERIOD, input)).isEqualTo(1);
        assertThat(inbox()).containsExactly("甲局.xlsx", "甲局.xlsx");
    }

    @Test
    void aFileTouchedWithoutChangeIsHashedAndKnownByItsContent() throws IOException {
        write("甲局.xlsx", "first", Instant.parse("2026-11-02T08:00:00Z"));
        scanner.scan(PERIOD, input);

        write("甲局.xlsx", "first", Instant.parse("2026-11-05T08:00:00Z"));

        assertThat(scanner.scan(PERIOD, input)).isZero();
        assertThat(inbox()).containsExactly("甲局.xlsx");
    }

    private void write(String name, String content, Instant modified) throws IOException {
        Path file = input.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private List<String> inbox() {
        return jdbc.sql("SELECT relative_path FROM inbox_file WHERE period = :period ORDER BY id")
                .param("period", PERIOD)
                .query(String.class)
                .list();
    }
}
