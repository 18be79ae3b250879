package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import org.huizong.HuizongApplication;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestDatabase;
import org.huizong.portal.PortalFixture;
import org.huizong.system.JobStep;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two runs of a month in one application: the second reads the configuration as it was edited after the first (no
 * restart), and each publishing step leaves in the job repository how many outputs it read and wrote.
 */
@SpringBootTest(classes = HuizongApplication.class)
@Tag(Suites.DATABASE)
class RunToRunTests {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-run-to-run-");

    @Autowired
    private JobOperator operator;

    @Autowired
    private JobRepository repository;

    @Autowired
    private Job monthlyJob;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "run-to-run");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @Test
    void anEditedCityReachesTheNextRunAndThePublishingStepsCountWhatTheyWrite() throws Exception {
        WORK.config(FixtureWorkbooks.UNITS_CSV);
        PortalFixture.workbookA(
                WORK.root().resolve("input").resolve(OCTOBER.toString()).resolve("东城区"), "东城区市场监督管理局", true);

        JobExecution first = operator.start(monthlyJob, WORK.parameters(OCTOBER, 1));

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(cityName()).isEqualTo("示例市");
        Map<String, StepExecution> steps = steps(first);
        assertThat(steps.get(JobStep.FEEDBACK.stepName()))
                .as("feedback: one file read, its workbook written")
                .extracting(StepExecution::getReadCount, StepExecution::getWriteCount, StepExecution::getFilterCount)
                .containsExactly(1L, 1L, 0L);
        assertThat(steps.get(JobStep.CSV.stepName()).getWriteCount())
                .as("the four CSV files")
                .isEqualTo(4);
        assertThat(steps.get(JobStep.SUMMARY.stepName()).getWriteCount()).isEqualTo(1);
        assertThat(steps.get(JobStep.REPORT.stepName()).getWriteCount())
                .as("summary and comparison reports")
                .isEqualTo(3);
        assertThat(steps.get(JobStep.VALIDATION_REPORT.stepName()).getWriteCount())
                .isEqualTo(1);
        assertThat(steps.get(JobStep.RANKING.stepName()).getWriteCount())
                .as("the directory's two units ranked")
                .isEqualTo(2);
        assertThat(steps.get(JobStep.PUBLISHED.stepName()).getWriteCount()).isEqualTo(1);

        Path city = WORK.root().resolve("config/city.yml");
        Files.writeString(city, Files.readString(city).replace("示例市", "样例市"));
        Files.setLastModifiedTime(city, FileTime.from(Instant.now().plusSeconds(2)));
        JobExecution second = operator.start(monthlyJob, WORK.parameters(OCTOBER, 2));

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(cityName()).as("city.yml edited between the runs").isEqualTo("样例市");
        assertThat(steps(second).get(JobStep.FEEDBACK.stepName()))
                .as("feedback: the workbook as it was, left alone")
                .extracting(StepExecution::getReadCount, StepExecution::getWriteCount, StepExecution::getFilterCount)
                .containsExactly(1L, 0L, 1L);
    }

    private static String cityName() throws Exception {
        return WORK.csv(OCTOBER, "consolidated.csv").stream()
                .filter(row -> row.get("scope").equals("CITY"))
                .map(row -> row.get("scope_name"))
                .findFirst()
                .orElseThrow();
    }

    /** The execution's steps as the job repository stores them. */
    private Map<String, StepExecution> steps(JobExecution execution) {
        return repository.getJobExecution(execution.getId()).getStepExecutions().stream()
                .collect(Collectors.toMap(StepExecution::getStepName, s -> s));
    }
}
