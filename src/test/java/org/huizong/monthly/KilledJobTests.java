package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.huizong.bench.BenchCity;
import org.huizong.demo.DemoWorkbooks;
import org.huizong.fixtures.Folders;
import org.huizong.fixtures.Suites;
import org.huizong.form.FormCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The monthly job killed with SIGKILL (the JVM gets no chance to clean up) during ingestion, during consolidation, as
 * publishing starts and in the middle of it (the reports' first PDF while the other branches write theirs), then run
 * again with the same command: every output equals an uninterrupted run's, nothing is stored twice, and no
 * half-written file is left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag(Suites.RESTART)
class KilledJobTests {

    private static final int FILES = 60;

    private Path root;
    private Path baseline;

    @BeforeAll
    void generateAndRunUninterrupted() throws Exception {
        root = Files.createTempDirectory("huizong-killed-");
        Path source = root.resolve("source");
        BenchCity city = BenchCity.generate(FILES, 7);
        Files.createDirectories(source.resolve("config"));
        Files.writeString(source.resolve("config/units.csv"), city.unitsCsv());
        Files.writeString(source.resolve("config/city.yml"), city.cityYml());
        new DemoWorkbooks(FormCatalog.bundled().get(FormCatalog.MONTHLY))
                .write(city.plan(), city.submissions(), source.resolve("input"));
        baseline = Folders.copy(source, root.resolve("baseline"));
        assertThat(run(baseline, line -> false)).as("uninterrupted run").isZero();
    }

    @ParameterizedTest(name = "killed at \"{0}\"")
    @CsvSource({"IngestionProcessor - ,20", "consolidating,1", "writing the CSV files,1", "report templates loaded,1"})
    void aKilledRunFinishedByTheSameCommandGivesTheSameOutputs(String marker, int occurrences) throws Exception {
        Path scenario = Folders.copy(root.resolve("source"), root.resolve("killed-" + marker.replaceAll("\\W", "")));
        int[] seen = {0};
        Integer killed = run(scenario, line -> line.contains(marker) && ++seen[0] >= occurrences);
        assertThat(killed).as("the first run was killed before it finished").isNull();
        assertThat(run(scenario, line -> false)).as("the same command again").isZero();

        PeriodOutputs.assertSame(scenario.resolve("output/2026-10"), baseline.resolve("output/2026-10"));
        try (Connection db =
                DriverManager.getConnection("jdbc:h2:file:" + scenario.resolve("data/huizong"), "sa", "")) {
            assertThat(count(db, "SELECT COUNT(*) FROM received_file")).isEqualTo(FILES);
            assertThat(count(db, "SELECT COUNT(*) FROM inbox_file WHERE done = FALSE"))
                    .isZero();
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM (SELECT unit_uscc FROM received_file WHERE is_current = TRUE "
                                    + "GROUP BY unit_uscc HAVING COUNT(*) > 1) t"))
                    .isZero();
        }
    }

    /**
     * Runs the monthly command in its own JVM in {@code folder}; when a line of its log satisfies {@code killAt} the
     * JVM is killed with SIGKILL and null is returned, otherwise the exit status.
     */
    private static Integer run(Path folder, Predicate<String> killAt) throws Exception {
        Path log = folder.resolve("logs/huizong.log");
        long from = Files.exists(log) ? Files.size(log) : 0;
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.huizong.HuizongApplication",
                        "monthly",
                        "--period",
                        "2026-10",
                        "--input",
                        "input",
                        "--output",
                        "output",
                        "--config",
                        "config",
                        "-Dhuizong.ingest.chunk-size=4")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("console.txt").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(log) && newLines(log, from).anyMatch(killAt)) {
                process.destroyForcibly().waitFor();
                return null;
            }
            Thread.sleep(20);
        }
        if (process.isAlive()) {
            process.destroyForcibly();
            throw new AssertionError("the monthly command did not finish in time in " + folder);
        }
        return process.exitValue();
    }

    /** The log's lines written since {@code from} bytes (the log of an earlier run in the same folder comes first). */
    private static Stream<String> newLines(Path log, long from) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        return new String(
                        bytes,
                        (int) Math.min(from, bytes.length),
                        (int) Math.max(0, bytes.length - from),
                        StandardCharsets.UTF_8)
                .lines();
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
