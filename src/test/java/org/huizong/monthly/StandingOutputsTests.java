package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A rerun writes again only the outputs whose inputs changed: a bureau's 说明 changes the findings' outputs and
 * leaves the figures' outputs as they are, and the ranking's when it comes out the same; new figures write the summary
 * and the reports again.
 */
@SpringBootTest(classes = HuizongApplication.class)
@Tag(Suites.DATABASE)
class StandingOutputsTests {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-standing-");
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    private static final List<String> FIGURES = List.of(
            "汇总表.xlsx", "汇总报告.pdf", "对比分析.xlsx", "对比分析.pdf", "consolidated.csv", "coverage.csv", "completeness.csv");
    private static final List<String> RANKING = List.of("ranking.csv", "排名.xlsx", "排名.pdf");

    @Autowired
    private Job monthlyJob;

    @Autowired
    private JobOperator operator;

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "standing-outputs");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @Test
    void aRerunWritesAgainOnlyTheOutputsWhoseInputsChanged() throws Exception {
        WORK.fixtureConfig();
        Path input = Files.createDirectories(WORK.root().resolve("input/2026-10"));
        Map<String, BigDecimal> values = ConsistentValues.monthly(8);
        new FixtureWorkbooks(input).monthly("东城区市场监督管理局", values, Map.of(), WriteOptions.official());
        Map<String, String> commerce = FixtureWorkbooks.info("2026年10月");
        commerce.put(InfoField.UNIT_NAME, "示例市商务局");
        commerce.put(InfoField.USCC, "11990100MB0000029M");
        commerce.put(InfoField.COUNTY, "市本级");
        new FixtureWorkbooks(input).monthly("示例市商务局", commerce, values, Map.of(), WriteOptions.official());
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 1)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        markWritten();

        // a 说明 on a cell without a finding: the findings' inputs changed, what any output shows did not
        long file = jdbc.sql(
                        "SELECT id FROM received_file WHERE period = '2026-10' AND is_current = TRUE AND unit_uscc = :uscc")
                .param("uscc", FixtureWorkbooks.USCC)
                .query(Long.class)
                .single();
        answer(file, "P-OUTLIER", "本月集中公开");
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 2)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(FIGURES)
                .allSatisfy(name -> assertThat(modified(name)).as(name).isEqualTo(LONG_AGO));
        assertThat(RANKING)
                .allSatisfy(name -> assertThat(modified(name)).as(name).isEqualTo(LONG_AGO));
        assertThat(modified("findings.csv")).isNotEqualTo(LONG_AGO);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ranking_run WHERE period = '2026-10'")
                        .query(Long.class)
                        .single())
                .as("the ranking is recorded with each run that made it")
                .isEqualTo(2);

        // the bureau answers the warning that another unit sent the same tables: the finding carries the answer (and
        // the
        // ranking counts it), the figures stand
        markWritten();
        answer(file, "U-DUP", "两单位合署办公，报表相同");
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 3)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(FIGURES)
                .allSatisfy(name -> assertThat(modified(name)).as(name).isEqualTo(LONG_AGO));
        assertThat(WORK.csv(OCTOBER, "findings.csv"))
                .filteredOn(r -> r.get("rule").equals("U-DUP"))
                .filteredOn(r -> r.get("unit_uscc").equals(FixtureWorkbooks.USCC))
                .singleElement()
                .satisfies(r -> assertThat(r.get("message")).endsWith("【单位说明】两单位合署办公，报表相同"));

        // a corrected workbook with other figures: the summary and the reports are written again
        markWritten();
        Map<String, BigDecimal> corrected = new LinkedHashMap<>(ConsistentValues.monthly(9));
        new FixtureWorkbooks(input)
                .monthly("东城区市场监督管理局", FixtureWorkbooks.info("2026年10月"), corrected, Map.of(), WriteOptions.official());
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 4)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(FIGURES)
                .allSatisfy(name -> assertThat(modified(name)).as(name).isNotEqualTo(LONG_AGO));
    }

    /** The bureau's 说明 on a rule of its file, as the portal stores it. */
    private void answer(long file, String rule, String text) {
        jdbc.sql(
                        "INSERT INTO file_justification (file_id, rule, sheet, cell, justification) VALUES (:file, :rule, '', '', :text)")
                .param("file", file)
                .param("rule", rule)
                .param("text", text)
                .update();
    }

    /** Dates every output long ago, so that what a rerun writes again shows. */
    private static void markWritten() throws IOException {
        try (var files = Files.list(WORK.output(OCTOBER, ""))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    private static FileTime modified(String name) {
        try {
            return Files.getLastModifiedTime(WORK.output(OCTOBER, name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
