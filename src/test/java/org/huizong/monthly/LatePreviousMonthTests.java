package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.huizong.HuizongApplication;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.fixtures.TestDatabase;
import org.huizong.form.InfoField;
import org.huizong.form.write.WriteOptions;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** History rules are judged at every run over the current versions: a September that arrives late counts for October. */
@SpringBootTest(classes = HuizongApplication.class)
class LatePreviousMonthTests {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-late-");

    @Autowired
    private Job monthlyJob;

    @Autowired
    private JobOperator operator;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "late-previous-month");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @Test
    void aLateSeptemberMakesTheNextOctoberRunCheckTheCarryOver() throws Exception {
        WORK.fixtureConfig();
        Map<String, BigDecimal> october = ConsistentValues.monthly(8);
        new FixtureWorkbooks(Files.createDirectories(WORK.root().resolve("input/2026-10"))).monthly("东城区市场监督管理局", october,
                Map.of(), WriteOptions.official());
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 1)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(WORK.csv(OCTOBER, "findings.csv")).extracting(r -> r.get("rule")).doesNotContain("P-CARRY");

        Map<String, BigDecimal> september = new LinkedHashMap<>(ConsistentValues.monthly(9));
        BigDecimal pending = BigDecimal.valueOf(5).add(october.get("T3.R02.C7").subtract(september.get("T3.R25.C7")).max(BigDecimal.ZERO));
        for (String item : new String[] {"T3.R25.C1", "T3.R25.C7", "T3.R01.C1", "T3.R01.C7", "T1.D01.V", "T1.D06.V"}) {
            september.put(item, september.get(item).add(pending));
        }
        Map<String, String> info = FixtureWorkbooks.info("2026年9月");
        new FixtureWorkbooks(Files.createDirectories(WORK.root().resolve("input/2026-09"))).monthly("东城区市场监督管理局", info,
                september, Map.of(), WriteOptions.official());
        assertThat(september.get("T3.R25.C7")).isNotEqualByComparingTo(october.get("T3.R02.C7"));
        assertThat(info.get(InfoField.PERIOD)).isEqualTo("2026年9月");
        assertThat(operator.start(monthlyJob, WORK.parameters(SEPTEMBER, 1)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 2)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(WORK.csv(OCTOBER, "findings.csv")).extracting(r -> r.get("rule")).contains("P-CARRY");
        assertThat(WORK.csv(OCTOBER, "completeness.csv")).filteredOn(r -> r.get("unit_uscc").equals(FixtureWorkbooks.USCC))
                .singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("RETURNED"));
    }
}
