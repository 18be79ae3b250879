package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.huizong.HuizongApplication;
import org.huizong.demo.DemoCityPlan;
import org.huizong.fixtures.PrintedPages;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The workbooks of a month of the demo city as an office prints them: LibreOffice converts each to PDF with the
 * workbook's own print setup, and the pages stay within what their content needs (each sheet fitted to the page's
 * width, its header repeated), where a sheet without a print setup prints every few columns on pages of their own.
 */
@SpringBootTest(classes = HuizongApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag(Suites.WRITERS)
class PrintedOutputsTests {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-printed-");
    private static final DemoCityPlan PLAN = DemoCityPlan.generate(20261, OCTOBER, 13);
    /** The most pages each workbook of the demo month may print to. */
    private static final Map<String, Integer> MOST_PAGES = Map.of(
            "汇总表.xlsx", 90,
            "校验报告.xlsx", 60,
            "对比分析.xlsx", 60,
            "排名.xlsx", 30);

    @Autowired
    private Job monthlyJob;

    @Autowired
    private JobOperator operator;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "printed-outputs");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @BeforeAll
    void runOctober() throws Exception {
        WORK.drop(
                PLAN,
                PLAN.submissions().stream()
                        .filter(s -> s.period().equals(OCTOBER))
                        .toList());
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 1)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void everyOutputWorkbookPrintsToAReasonableNumberOfPages() throws Exception {
        PrintedPages printer =
                new PrintedPages(Files.createDirectories(WORK.root().resolve("printed")));
        for (Map.Entry<String, Integer> workbook : MOST_PAGES.entrySet()) {
            assertThat(printer.pages(WORK.output(OCTOBER, workbook.getKey())))
                    .as(workbook.getKey())
                    .isBetween(1, workbook.getValue());
        }
        Path feedback;
        try (var files = Files.walk(WORK.output(OCTOBER, "反馈"))) {
            feedback = files.filter(f -> f.getFileName().toString().endsWith("_反馈.xlsx"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(printer.pages(feedback))
                .as(feedback.getFileName().toString())
                .isBetween(1, 12);
    }
}
