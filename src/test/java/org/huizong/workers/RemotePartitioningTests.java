package org.huizong.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.huizong.bench.BenchCity;
import org.huizong.demo.DemoWorkbooks;
import org.huizong.fixtures.Folders;
import org.huizong.fixtures.HuizongProcess;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestBroker;
import org.huizong.fixtures.TestDatabase;
import org.huizong.form.FormCatalog;
import org.huizong.monthly.PeriodOutputs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The monthly job with its partitions handed to worker processes, each a JVM of its own taking them from RabbitMQ and
 * working on one PostgreSQL schema, against the same month run by one process: one manager and two workers give the
 * same outputs; a worker killed in the middle of a partition fails the run when the manager's wait times out, and the
 * same command again, with a worker started only while it waits, completes it with the same outputs and nothing
 * stored twice.
 */
@Tag(Suites.RABBITMQ)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioningTests {

    private static final int FILES = 40;
    private static final String PERIOD = "2026-10";
    private static final Duration RUN = Duration.ofMinutes(4);

    private Path root;
    private Path baseline;
    private final List<String> queues = new ArrayList<>();

    @BeforeAll
    void generateAndRunInOneProcess() throws Exception {
        TestBroker.requireReachable();
        root = Files.createTempDirectory("huizong-workers-");
        Path source = root.resolve("source");
        BenchCity city = BenchCity.generate(FILES, 7);
        Files.createDirectories(source.resolve("config"));
        Files.writeString(source.resolve("config/units.csv"), city.unitsCsv());
        Files.writeString(source.resolve("config/city.yml"), city.cityYml());
        new DemoWorkbooks(FormCatalog.bundled().get(FormCatalog.MONTHLY))
                .write(city.plan(), city.submissions(), source.resolve("input"));
        baseline = Folders.copy(source, root.resolve("one-process"));
        try (HuizongProcess one = monthly(baseline, TestDatabase.postgresSchema("workers_one_process"))) {
            assertThat(one.awaitExit(RUN)).as("the month in one process").isZero();
        }
    }

    @AfterAll
    void deleteQueues() throws Exception {
        for (String queue : queues) {
            TestBroker.delete(queue);
        }
    }

    @Test
    void oneManagerAndTwoWorkersGiveTheOutputsOfOneProcess() throws Exception {
        Path scenario = Folders.copy(root.resolve("source"), root.resolve("two-workers"));
        String db = TestDatabase.postgresSchema("workers_two");
        String queue = queue();
        try (HuizongProcess first = worker(scenario, "worker1", db, queue);
                HuizongProcess second = worker(scenario, "worker2", db, queue)) {
            awaitConsumers(queue, 2);
            try (HuizongProcess manager =
                    monthly(scenario, db, "--workers", "remote", "-Dhuizong.workers.queue=" + queue)) {
                assertThat(manager.awaitExit(RUN))
                        .as("the manager's run")
                        .withFailMessage(manager::console)
                        .isZero();
            }
            for (HuizongProcess worker : List.of(first, second)) {
                assertThat(worker.log())
                        .as("each worker took partitions of the ingestion")
                        .containsPattern("ingestWorkerStep:partition\\d+ of monthlyJob #\\d+: COMPLETED");
            }
            assertThat(first.log() + second.log())
                    .as("the feedback workbooks were written by the workers")
                    .containsPattern("feedbackWorkerStep:partition\\d+ of monthlyJob #\\d+: COMPLETED");
        }
        PeriodOutputs.assertSame(
                scenario.resolve("output").resolve(PERIOD),
                baseline.resolve("output").resolve(PERIOD));
        storedOnce(db);
    }

    @Test
    void aWorkerKilledInAPartitionFailsTheRunAndTheSameCommandCompletesItWithAWorkerAddedWhileItWaits()
            throws Exception {
        Path scenario = Folders.copy(root.resolve("source"), root.resolve("killed-worker"));
        String db = TestDatabase.postgresSchema("workers_killed");
        String queue = queue();
        String[] manager = {"--workers", "remote", "-Dhuizong.workers.queue=" + queue, "-Dhuizong.workers.partitions=4"
        };
        try (HuizongProcess doomed = worker(scenario, "worker1", db, queue);
                HuizongProcess survivor = worker(scenario, "worker2", db, queue)) {
            awaitConsumers(queue, 2);
            try (HuizongProcess first = monthly(scenario, db, append(manager, "-Dhuizong.workers.timeout=30s"))) {
                doomed.awaitLogged("IngestionProcessor - ", RUN);
                doomed.kill();
                assertThat(first.awaitExit(RUN))
                        .as("the run that lost a worker fails")
                        .isEqualTo(1);
                assertThat(first.console()).contains("读取与校验失败");
            }
            survivor.awaitLogged(
                    "already (its worker stopped, or the manager gave up on it): left alone", RUN); // delivered again
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED')"))
                    .as("no partition left running")
                    .isZero();
            survivor.kill();
        }
        try (HuizongProcess again = monthly(scenario, db, manager)) {
            again.awaitLogged("ingestStep: 4 partitions handed to the workers", RUN);
            try (HuizongProcess added = worker(scenario, "worker3", db, queue)) {
                assertThat(again.awaitExit(RUN))
                        .as("the same command again")
                        .withFailMessage(again::console)
                        .isZero();
                assertThat(added.log())
                        .containsPattern("ingestWorkerStep:partition\\d+ of monthlyJob #\\d+: COMPLETED");
            }
        }
        PeriodOutputs.assertSame(
                scenario.resolve("output").resolve(PERIOD),
                baseline.resolve("output").resolve(PERIOD));
        storedOnce(db);
    }

    /** Every file stored once, none left in the inbox, one current version per unit. */
    private static void storedOnce(String db) throws Exception {
        assertThat(count(db, "SELECT COUNT(*) FROM received_file")).isEqualTo(FILES);
        assertThat(count(db, "SELECT COUNT(*) FROM inbox_file WHERE done = FALSE"))
                .isZero();
        assertThat(count(
                        db,
                        "SELECT COUNT(*) FROM (SELECT unit_uscc FROM received_file WHERE is_current = TRUE "
                                + "GROUP BY unit_uscc HAVING COUNT(*) > 1) t"))
                .isZero();
    }

    private static HuizongProcess monthly(Path folder, String db, String... options) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "monthly",
                "--period",
                PERIOD,
                "--input",
                "input",
                "--output",
                "output",
                "--config",
                "config",
                "--db",
                db,
                "-Dhuizong.ingest.chunk-size=2",
                "-Dhuizong.workers.poll-interval=500ms",
                "-Dhuizong.workers.timeout=" + RUN.toSeconds() + "s"));
        arguments.addAll(List.of(options));
        return HuizongProcess.start(folder, arguments.toArray(String[]::new));
    }

    /** A worker in a folder of its own beside the shared input, output, configuration and archive of {@code scenario}. */
    private static HuizongProcess worker(Path scenario, String name, String db, String queue) throws Exception {
        return HuizongProcess.start(
                scenario.resolve(name),
                "worker",
                "--db",
                db,
                "--data",
                scenario.resolve("data").toString(),
                "-Dhuizong.workers.queue=" + queue,
                "-Dhuizong.workers.concurrency=1",
                "-Dhuizong.ingest.chunk-size=2");
    }

    private String queue() {
        String queue = "huizong.test." + UUID.randomUUID();
        queues.add(queue);
        return queue;
    }

    private static void awaitConsumers(String queue, int consumers) throws Exception {
        long deadline = System.nanoTime() + RUN.toNanos();
        while (TestBroker.consumers(queue) < consumers) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the workers did not start taking from " + queue + " within " + RUN);
            }
            Thread.sleep(200);
        }
    }

    private static String[] append(String[] options, String option) {
        List<String> all = new ArrayList<>(List.of(options));
        all.add(option);
        return all.toArray(String[]::new);
    }

    private static long count(String db, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(db);
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
