package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.huizong.HuizongApplication;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestDatabase;
import org.huizong.form.InfoField;
import org.huizong.form.write.WriteOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A duplicate (F09) is a unit's own earlier file sent again: the same bytes from two units — a blank template both
 * filled alike and named only by their folders — are two units' submissions, each filed under its own unit.
 */
@SpringBootTest(classes = HuizongApplication.class)
@Tag(Suites.DATABASE)
class DuplicateFilesTests {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-duplicates-");
    private static final String CITY_DEPT = "11990100MB0000029M";

    @Autowired
    private Job monthlyJob;

    @Autowired
    private JobOperator operator;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "duplicate-files");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @Test
    void theSameBytesAreADuplicateOnlyOfTheSameUnitsEarlierFile() throws Exception {
        // given: one workbook naming no unit, in the folders of two units, and a copy in the first unit's folder
        WORK.fixtureConfig();
        Map<String, String> info = FixtureWorkbooks.info("2026年10月");
        info.put(InfoField.UNIT_NAME, "");
        info.put(InfoField.USCC, "");
        Path month = Files.createDirectories(WORK.root().resolve("input/2026-10"));
        Path written = new FixtureWorkbooks(Files.createDirectories(month.resolve("scratch")))
                .monthly("报表", info, ConsistentValues.monthly(5), Map.of(), WriteOptions.official());
        Path first = copy(written, month.resolve("东城区市场监督管理局/10月报表.xlsx"), "2026-11-02T01:00:00Z");
        copy(written, month.resolve("示例市商务局/10月报表.xlsx"), "2026-11-02T02:00:00Z");
        copy(first, month.resolve("东城区市场监督管理局/10月报表（再次报送）.xlsx"), "2026-11-02T03:00:00Z");
        Files.delete(written);
        Files.delete(month.resolve("scratch"));

        // when
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 1)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);

        // then
        List<CSVRecord> findings = WORK.csv(OCTOBER, "findings.csv");
        assertThat(findings)
                .filteredOn(r -> r.get("rule").equals("F09"))
                .extracting(r -> r.get("file") + "|" + r.get("unit_uscc"))
                .containsExactly("2026-10/东城区市场监督管理局/10月报表（再次报送）.xlsx|" + FixtureWorkbooks.USCC);
        assertThat(findings)
                .filteredOn(r -> r.get("file").startsWith("2026-10/示例市商务局/"))
                .extracting(r -> r.get("unit_uscc"))
                .isNotEmpty()
                .containsOnly(CITY_DEPT);
        Map<String, String> status = new java.util.HashMap<>();
        WORK.csv(OCTOBER, "completeness.csv").forEach(r -> status.put(r.get("unit_uscc"), r.get("status")));
        assertThat(status.get(CITY_DEPT))
                .as("the second unit's submission is its own")
                .startsWith("ACCEPTED");
        assertThat(status.get(FixtureWorkbooks.USCC)).startsWith("ACCEPTED");
    }

    private static Path copy(Path from, Path to, String receivedAt) throws Exception {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(to, FileTime.from(Instant.parse(receivedAt)));
        return to;
    }
}
