package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.huizong.HuizongApplication;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestDatabase;
import org.huizong.form.write.WriteOptions;
import org.huizong.submission.FileArchive;
import org.huizong.system.JobParameterNames;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two runs of the same month started at the same moment, each receiving a new version of the same unit's workbook
 * (from two drop folders): they take turns on the period and end with both files archived and exactly one current
 * version, the later one.
 */
@SpringBootTest(classes = HuizongApplication.class)
@Tag(Suites.DATABASE)
class ConcurrentRunsTests {

    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-concurrent-");

    @Autowired
    private Job monthlyJob;

    @Autowired
    private JobOperator operator;

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "concurrent-runs");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @Test
    void twoRunsReceivingVersionsOfOneUnitAtOnceEndWithOneCurrentVersion() throws Exception {
        WORK.fixtureConfig();
        Map<String, BigDecimal> earlier = ConsistentValues.monthly(21);
        Map<String, BigDecimal> later = ConsistentValues.monthly(22);
        Path first = drop("portal", earlier, "2026-11-02T09:00:00Z");
        Path second = drop("folder", later, "2026-11-02T09:05:00Z");

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<BatchStatus> a = CompletableFuture.supplyAsync(() -> run(start, "portal", 1));
        CompletableFuture<BatchStatus> b = CompletableFuture.supplyAsync(() -> run(start, "folder", 2));
        start.countDown();
        assertThat(List.of(a.get(), b.get())).containsOnly(BatchStatus.COMPLETED);

        List<String> received = jdbc.sql(
                        "SELECT sha256 FROM received_file WHERE unit_uscc = :uscc AND period = '2026-10'")
                .param("uscc", FixtureWorkbooks.USCC)
                .query(String.class)
                .list();
        assertThat(received).containsExactlyInAnyOrder(FileArchive.sha256(first), FileArchive.sha256(second));
        FileArchive archive = new FileArchive(WORK.data().resolve("archive"));
        received.forEach(sha -> assertThat(archive.locate(sha, ".xlsx")).exists());
        assertThat(jdbc.sql(
                                "SELECT sha256 FROM received_file WHERE unit_uscc = :uscc AND period = '2026-10' AND is_current = TRUE")
                        .param("uscc", FixtureWorkbooks.USCC)
                        .query(String.class)
                        .list())
                .containsExactly(FileArchive.sha256(second));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM period_lease")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static Path drop(String folder, Map<String, BigDecimal> values, String receivedAt) throws Exception {
        Path file = new FixtureWorkbooks(
                        Files.createDirectories(WORK.root().resolve(folder).resolve("2026-10")))
                .monthly("东城区市场监督管理局", values, Map.of(), WriteOptions.official());
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(receivedAt)));
        return file;
    }

    private BatchStatus run(CountDownLatch start, String input, long runNumber) {
        try {
            start.await();
            JobParameters parameters = new JobParametersBuilder()
                    .addString(JobParameterNames.PERIOD, YearMonth.of(2026, 10).toString())
                    .addLong(JobParameterNames.RUN, runNumber)
                    .addString(
                            JobParameterNames.INPUT, WORK.root().resolve(input).toString(), false)
                    .addString(
                            JobParameterNames.OUTPUT,
                            WORK.root().resolve("output").toString(),
                            false)
                    .addString(
                            JobParameterNames.CONFIG,
                            WORK.root().resolve("config").toString(),
                            false)
                    .toJobParameters();
            return operator.start(monthlyJob, parameters).getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
