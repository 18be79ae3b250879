package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.huizong.HuizongApplication;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestDatabase;
import org.huizong.form.IssueList;
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
 * A bureau answers a warning by writing a 说明 in the 问题清单 of its feedback workbook and sending the workbook back;
 * later it corrects a value, and the 说明 carries over to the corrected version, where the warning still stands. The office
 * sees the justification with the warning, and what each version changed.
 */
@SpringBootTest(classes = HuizongApplication.class)
@Tag(Suites.DATABASE)
class BureauRoundTripTests {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-roundtrip-");
    private static final String JUSTIFICATION = "本局受市政府委托代拟规章草案，已按要求填报。";

    @Autowired
    private Job monthlyJob;

    @Autowired
    private JobOperator operator;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "bureau-roundtrip");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @Test
    void aJustifiedWarningAndACorrectedValueReachTheOffice() throws Exception {
        WORK.fixtureConfig();
        Path folder = Files.createDirectories(WORK.root().resolve("input/2026-10/东城区"));
        Map<String, BigDecimal> values = new LinkedHashMap<>(ConsistentValues.monthly(5));
        values.put("T2.G1.M3", BigDecimal.ONE);
        Path first = new FixtureWorkbooks(folder).monthly("东城区市场监督管理局", values, Map.of(), WriteOptions.official());
        received(first, "2026-11-02T09:00:00Z");
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 1)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(rules(WORK.csv(OCTOBER, "findings.csv"))).containsExactly("Q-GUIZHANG");

        Path answered = folder.resolve("东城区市场监督管理局_反馈_已说明.xlsx");
        writeJustification(feedbackOfVersion(1), answered);
        received(answered, "2026-11-03T09:00:00Z");
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 2)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        List<CSVRecord> findings = WORK.csv(OCTOBER, "findings.csv").stream()
                .filter(r -> !r.get("file").isEmpty())
                .toList();
        assertThat(findings)
                .extracting(r -> r.get("file"))
                .as("both versions' findings, in the order received")
                .containsExactly("2026-10/东城区/东城区市场监督管理局.xlsx", "2026-10/东城区/东城区市场监督管理局_反馈_已说明.xlsx");
        assertThat(findings.get(0).get("message")).doesNotContain("【单位说明】");
        assertThat(findings.get(1).get("message")).endsWith("【单位说明】" + JUSTIFICATION);
        assertThat(justificationColumn(feedbackOfVersion(2))).isEqualTo(JUSTIFICATION);
        assertThat(WORK.csv(OCTOBER, "completeness.csv"))
                .filteredOn(r -> r.get("unit_uscc").equals(FixtureWorkbooks.USCC))
                .singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("ACCEPTED_WITH_WARNINGS"));

        values.put("T2.G3.M4", values.get("T2.G3.M4").add(BigDecimal.TEN));
        Path corrected =
                new FixtureWorkbooks(folder).monthly("东城区市场监督管理局_更正", values, Map.of(), WriteOptions.official());
        received(corrected, "2026-11-04T09:00:00Z");
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 3)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        try (Workbook feedback = WorkbookFactory.create(feedbackOfVersion(3).toFile(), null, true)) {
            Sheet changes = feedback.getSheet("本版修改");
            assertThat(changes.getLastRowNum()).isEqualTo(1);
            assertThat(changes.getRow(1).getCell(5).getStringCellValue())
                    .as("the code, for the office")
                    .isEqualTo("T2.G3.M4");
            assertThat(changes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("表二");
            assertThat(changes.getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo(values.get("T2.G3.M4").toPlainString());
        }
        assertThat(justificationColumn(feedbackOfVersion(3)))
                .as("carried over from version 2")
                .isEqualTo(JUSTIFICATION);
        assertThat(WORK.csv(OCTOBER, "findings.csv"))
                .filteredOn(
                        r -> r.get("file").endsWith("_更正.xlsx") && r.get("rule").equals("Q-GUIZHANG"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("message")).endsWith("【单位说明】" + JUSTIFICATION));
    }

    private static List<String> rules(List<CSVRecord> findings) {
        return findings.stream()
                .filter(r -> !r.get("severity").equals("INFO"))
                .map(r -> r.get("rule"))
                .toList();
    }

    private static Path feedbackOfVersion(int version) throws IOException {
        try (var files = Files.walk(WORK.output(OCTOBER, "反馈"))) {
            return files.filter(f -> f.getFileName().toString().contains("_第" + version + "版_"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** What the clerk does in Excel: types the 说明 beside the warning and saves the workbook under a new name. */
    private static void writeJustification(Path feedback, Path target) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(feedback))) {
            Row warning = workbook.getSheet(IssueList.SHEET).getRow(firstIssueRow(workbook.getSheet(IssueList.SHEET)));
            warning.createCell(IssueList.HEADER.indexOf(IssueList.JUSTIFICATION))
                    .setCellValue(JUSTIFICATION);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    private static String justificationColumn(Path feedback) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(feedback.toFile(), null, true)) {
            Sheet issues = workbook.getSheet(IssueList.SHEET);
            return issues.getRow(firstIssueRow(issues))
                    .getCell(IssueList.HEADER.indexOf(IssueList.JUSTIFICATION))
                    .getStringCellValue();
        }
    }

    /** The row of the first problem: below the verdict, what to do, and the header. */
    private static int firstIssueRow(Sheet issues) {
        for (Row row : issues) {
            if (row.getCell(0) != null && "序号".equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum() + 1;
            }
        }
        throw new AssertionError("no header row in the 问题清单");
    }

    private static void received(Path file, String instant) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(instant)));
    }
}
