package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.huizong.HuizongApplication;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestDatabase;
import org.huizong.submission.FileArchive;
import org.huizong.submission.StoredValues;
import org.huizong.system.ConfigurationDigest;
import org.huizong.system.HuizongProperties;
import org.huizong.validation.ValueLocation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A database the previous release made (schema version 24, {@code previous-release/tables.sql}: its monthly job run on
 * {@code previous-release/input/} for two months) migrates to this release, keeps every file's values with the cells
 * they were read from, and publishes, from the same inputs, the CSV files the previous release published.
 */
@SpringBootTest(classes = HuizongApplication.class)
@Tag(Suites.DATABASE)
class PreviousReleaseDatabaseTests {

    private static final String FIXTURE = "previous-release/";
    private static final String PREVIOUS_SCHEMA = "24";
    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-previous-release-");
    /** Each file's values as the previous release stored them: item → figure and cell, and its zeros' text. */
    private static final Map<Long, Map<String, String>> VALUE_ROWS = new TreeMap<>();

    private static final Map<Long, String> ZERO_TEXTS = new TreeMap<>();

    @Autowired
    private Job monthlyJob;

    @Autowired
    private JobOperator operator;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private HuizongProperties properties;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabase.isPostgres()
                ? TestDatabase.postgresSchema("previous-release")
                : "jdbc:h2:mem:previous-release;DB_CLOSE_DELAY=-1";
        String user = TestDatabase.isPostgres() ? "postgres" : "sa";
        DataSource previous = new DriverManagerDataSource(url, user, "");
        Flyway.configure().dataSource(previous).target(PREVIOUS_SCHEMA).load().migrate();
        new ResourceDatabasePopulator(false, false, "UTF-8", new ClassPathResource(FIXTURE + "tables.sql"))
                .execute(previous);
        JdbcClient stored = JdbcClient.create(previous);
        stored.sql("SELECT file_id, item, figure, sheet, cell FROM item_value").query(rs -> {
            VALUE_ROWS
                    .computeIfAbsent(rs.getLong(1), f -> new TreeMap<>())
                    .put(
                            rs.getString(2),
                            rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + "@" + rs.getString(4) + "!"
                                    + rs.getString(5));
        });
        stored.sql("SELECT file_id, cells FROM zero_value").query(rs -> {
            ZERO_TEXTS.put(rs.getLong(1), rs.getString(2));
        });
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> user);
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @Test
    void itsFilesKeepTheirValuesAndCellsAndItsOutputsComeOutAsTheyDid() throws Exception {
        // given: the previous release's inputs, configuration and archive
        Path fixture = Path.of(new ClassPathResource(FIXTURE).getURI());
        copy(fixture.resolve("config"), WORK.root().resolve("config"));
        copy(fixture.resolve("input"), WORK.root().resolve("input"));
        archiveInputs();

        // when
        for (YearMonth month : MONTHS) {
            assertThat(operator.start(monthlyJob, WORK.parameters(month, 1)).getStatus())
                    .as("%s", month)
                    .isEqualTo(BatchStatus.COMPLETED);
        }

        // then
        assertThat(VALUE_ROWS).as("files with values in the fixture").hasSize(7);
        StoredValues values = new StoredValues(jdbc);
        for (long file : VALUE_ROWS.keySet()) {
            StoredValues.Located read = values.located(file);
            Map<String, String> nonzero = new TreeMap<>();
            Map<String, ValueLocation> zeros = new TreeMap<>();
            read.figures().forEach((item, figure) -> {
                ValueLocation cell = read.locations().get(item);
                if (figure.signum() == 0) {
                    zeros.put(item, cell);
                } else {
                    nonzero.put(
                            item, figure.stripTrailingZeros().toPlainString() + "@" + cell.sheet() + "!" + cell.a1());
                }
            });
            assertThat(nonzero)
                    .as("file %d: its nonzero values and their cells", file)
                    .isEqualTo(nonzeroOnly(VALUE_ROWS.get(file)));
            assertThat(zeroText(zeros))
                    .as("file %d: its zeros and their cells", file)
                    .isEqualTo(ZERO_TEXTS.get(file));
        }
        assertThat(expectedDigests())
                .as("the previous release's CSV files, two months of five")
                .hasSize(10);
        assertThat(publishedDigests()).isEqualTo(expectedDigests());
    }

    private static Map<String, String> nonzeroOnly(Map<String, String> rows) {
        Map<String, String> nonzero = new TreeMap<>(rows);
        nonzero.values().removeIf(row -> row.startsWith("0@"));
        return nonzero;
    }

    /** The zeros written as the previous release listed them (V12): per sheet, its name's length and name, then item=cell. */
    private static String zeroText(Map<String, ValueLocation> zeros) {
        Map<String, List<String>> bySheet = new LinkedHashMap<>();
        zeros.forEach((item, cell) -> {
            boolean located = cell.sheet() != null && cell.a1() != null;
            bySheet.computeIfAbsent(located ? cell.sheet().length() + ":" + cell.sheet() : "-:", s -> new ArrayList<>())
                    .add(located ? item + "=" + cell.a1() : item);
        });
        StringBuilder text = new StringBuilder();
        bySheet.forEach((sheet, items) ->
                text.append(sheet).append(String.join(",", items)).append(';'));
        return text.isEmpty() ? null : text.toString();
    }

    private void archiveInputs() throws IOException {
        FileArchive archive = new FileArchive(properties.archiveDir());
        try (Stream<Path> files = Files.walk(WORK.root().resolve("input"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                archive.store(file, FileArchive.sha256(file));
            }
        }
    }

    /** The published CSV files named in {@code outputs.sha256}, each with its SHA-256. */
    private Map<String, String> publishedDigests() throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (String name : expectedDigests().keySet()) {
            String text = Files.readString(WORK.root().resolve("output").resolve(name), StandardCharsets.UTF_8);
            if (name.endsWith("findings.csv")) {
                text = text.replaceAll("（\\d{4}-\\d{2}-\\d{2}）", "（…）");
            }
            MessageDigest digest = ConfigurationDigest.sha256();
            digests.put(name, HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8))));
        }
        return digests;
    }

    private static Map<String, String> expectedDigests() throws IOException {
        Map<String, String> digests = new TreeMap<>();
        new ClassPathResource(FIXTURE + "outputs.sha256")
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .forEach(line -> digests.put(line.substring(66), line.substring(0, 64)));
        return digests;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
