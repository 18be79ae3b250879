package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

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
 * History rules are judged at every run over the current versions: a September that arrives late counts for October,
 * and so does a new version of it.
 */
@SpringBootTest(classes = HuizongApplication.class)
@Tag(Suites.DATABASE)
class LatePreviousMonthTests {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-late-");

    @Autowired
    private Job monthlyJob;

    @Autowired
    private JobOperator operator;

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "late-previous-month");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @Test
    void aLateSeptemberMakesTheNextOctoberRunCheckTheCarryOver() throws Exception {
        WORK.fixtureConfig();
        Map<String, BigDecimal> october = ConsistentValues.monthly(8);
        Path onTime = new FixtureWorkbooks(Files.createDirectories(WORK.root().resolve("input/2026-10")))
                .monthly("东城区市场监督管理局", october, Map.of(), WriteOptions.official());
        Files.setLastModifiedTime(onTime, FileTime.from(Instant.parse("2026-11-02T01:00:00Z")));
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 1)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(WORK.csv(OCTOBER, "findings.csv"))
                .extracting(r -> r.get("rule"))
                .doesNotContain("P-CARRY");
        String aloneStatus = octoberStatus();
        assertThat(aloneStatus).doesNotContain("RETURNED");

        Map<String, BigDecimal> september = new LinkedHashMap<>(ConsistentValues.monthly(9));
        BigDecimal pending = BigDecimal.valueOf(5)
                .add(october.get("T3.R02.C7")
                        .subtract(september.get("T3.R25.C7"))
                        .max(BigDecimal.ZERO));
        for (String item : new String[] {"T3.R25.C1", "T3.R25.C7", "T3.R01.C1", "T3.R01.C7", "T1.D01.V", "T1.D06.V"}) {
            september.put(item, september.get(item).add(pending));
        }
        Map<String, String> info = FixtureWorkbooks.info("2026年9月");
        new FixtureWorkbooks(Files.createDirectories(WORK.root().resolve("input/2026-09")))
                .monthly("东城区市场监督管理局", info, september, Map.of(), WriteOptions.official());
        assertThat(september.get("T3.R25.C7")).isNotEqualByComparingTo(october.get("T3.R02.C7"));
        assertThat(operator.start(monthlyJob, WORK.parameters(SEPTEMBER, 1)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);

        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 2)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(WORK.csv(OCTOBER, "findings.csv"))
                .extracting(r -> r.get("rule"))
                .contains("P-CARRY");
        assertThat(octoberStatus()).isEqualTo("RETURNED / RETURNED");

        // nothing has changed since: the October file's history stands, its findings are kept as they are
        List<Long> carryOver = historyFindingIds();
        assertThat(carryOver).isNotEmpty();
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 3)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(historyFindingIds())
                .as("judged again only when its history changed")
                .isEqualTo(carryOver);

        // a new September with a negative count (V02, an ERROR) is returned: no accepted September is left to carry
        // over from, so the finding goes and October's status is what it was before September came
        Map<String, BigDecimal> wrong = new LinkedHashMap<>(september);
        wrong.put("T1.D06.V", BigDecimal.valueOf(-1));
        new FixtureWorkbooks(WORK.root().resolve("input/2026-09"))
                .monthly("东城区市场监督管理局", info, wrong, Map.of(), WriteOptions.official());
        assertThat(operator.start(monthlyJob, WORK.parameters(SEPTEMBER, 2)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 4)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(WORK.csv(OCTOBER, "findings.csv"))
                .extracting(r -> r.get("rule"))
                .doesNotContain("P-CARRY", "P-YTD");
        assertThat(octoberStatus()).isEqualTo(aloneStatus);
    }

    /** The ids of the history findings of the unit's current October file. */
    private List<Long> historyFindingIds() {
        return jdbc.sql("""
                SELECT f.id FROM finding f JOIN received_file r ON r.id = f.file_id
                WHERE r.period = '2026-10' AND r.is_current = TRUE AND f.rule LIKE 'P-%' ORDER BY f.id
                """).query(Long.class).list();
    }

    /** The stored status of the unit's current October file and the status completeness.csv shows. */
    private String octoberStatus() throws java.io.IOException {
        String stored = jdbc.sql("SELECT status FROM received_file WHERE period = '2026-10' AND is_current = TRUE")
                .query(String.class)
                .single();
        String shown = WORK.csv(OCTOBER, "completeness.csv").stream()
                .filter(r -> r.get("unit_uscc").equals(FixtureWorkbooks.USCC))
                .map(r -> r.get("status"))
                .reduce((a, b) -> a + "," + b)
                .orElse("");
        return stored + " / " + shown;
    }
}
