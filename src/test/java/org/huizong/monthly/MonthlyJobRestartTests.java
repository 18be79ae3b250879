package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.huizong.HuizongApplication;
import org.huizong.demo.DemoCityPlan;
import org.huizong.demo.DemoSubmission;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestDatabase;
import org.huizong.form.FormCatalog;
import org.huizong.submission.FileArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A monthly run that fails half-way through ingestion (the archive cannot be written) is finished by a restart,
 * with every file stored once and the same figures as the independent sums.
 */
@SpringBootTest(classes = HuizongApplication.class, properties = "huizong.ingest.chunk-size=5")
@Tag(Suites.DATABASE)
class MonthlyJobRestartTests {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-restart-");
    private static final DemoCityPlan PLAN = DemoCityPlan.generate(20261, OCTOBER, 13);
    private static final Predicate<DemoSubmission> CITY_DEPARTMENTS =
            s -> s.relativePath().startsWith("2026-10/市直部门/");

    @Autowired
    private Job monthlyJob;

    @Autowired
    private JobOperator operator;

    @Autowired
    private JobRepository repository;

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "monthly-restart");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @Test
    void aRunThatFailedHalfWayIsFinishedByARestartWithoutStoringAnythingTwice() throws Exception {
        List<DemoSubmission> dropped =
                PLAN.submissionsFor(OCTOBER).stream().filter(CITY_DEPARTMENTS).toList();
        WORK.drop(PLAN, dropped);
        Path blocker = blockArchiveFolderOf(lastFileByName());

        JobParameters parameters = WORK.parameters(OCTOBER, 1);
        JobExecution failed = operator.start(monthlyJob, parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        long storedBeforeRestart = count("received_file");
        assertThat(storedBeforeRestart).isPositive().isLessThan(dropped.size());

        Files.delete(blocker);
        JobExecution restarted = operator.restart(repository.getLastJobExecution(monthlyJob.getName(), parameters));
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId())
                .isEqualTo(failed.getJobInstance().getInstanceId());

        assertThat(count("received_file")).isEqualTo(dropped.size()).isEqualTo(count("inbox_file"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_file WHERE done = FALSE")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT unit_uscc FROM received_file WHERE is_current = TRUE
                GROUP BY unit_uscc HAVING COUNT(*) > 1) t
                """).query(Long.class).single()).isZero();
        Map<String, BigDecimal> wanted = new DemoCityExpectations(
                        PLAN, FormCatalog.bundled().get(FormCatalog.MONTHLY), OCTOBER, CITY_DEPARTMENTS)
                .consolidated(PLAN.cityCode());
        Map<String, BigDecimal> actual = WORK.consolidated(OCTOBER);
        assertThat(actual.keySet()).isEqualTo(wanted.keySet());
        wanted.forEach((key, value) -> assertThat(actual.get(key)).as(key).isEqualByComparingTo(value));
    }

    /** A plain file where the archive wants a folder: storing that workbook fails as a broken disk would. */
    private static Path blockArchiveFolderOf(Path workbook) throws IOException {
        String sha = FileArchive.sha256(workbook);
        Path blocker = WORK.data().resolve("archive").resolve(sha.substring(0, 2));
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "not a folder");
        return blocker;
    }

    private static Path lastFileByName() throws IOException {
        try (var files = Files.walk(WORK.root().resolve("input/2026-10"))) {
            return files.filter(Files::isRegularFile)
                    .sorted()
                    .reduce((a, b) -> b)
                    .orElseThrow();
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
