package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.huizong.HuizongApplication;
import org.huizong.demo.DemoCityPlan;
import org.huizong.fixtures.ReportPdf;
import org.huizong.fixtures.ReportWorkbook;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestDatabase;
import org.huizong.form.FormCatalog;
import org.huizong.system.TableStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monthly job on two generated months of the demo city, on H2: the consolidated figures equal sums computed
 * independently from the plan, and the findings are exactly the mistakes the plan planted.
 */
@SpringBatchTest
@SpringBootTest(classes = HuizongApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag(Suites.DATABASE)
class MonthlyJobFunctionalTests {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-monthly-");
    private static final DemoCityPlan PLAN = DemoCityPlan.generate(20261, OCTOBER, 13);

    @Autowired
    private JobOperatorTestUtils jobs;

    @Autowired
    private Job monthlyJob;

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "monthly-functional");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @Autowired
    private TableStatistics statistics;

    @Test
    void theJobKnowsWhichDatabaseItRunsOn() {
        assertThat(statistics.isPostgres()).as("PostgreSQL recognised").isEqualTo(TestDatabase.isPostgres());
    }

    /** H2 plans without row estimates: only the postgres suite runs this, and it fails anywhere else. */
    @Test
    @Tag(Suites.POSTGRES)
    void onPostgresTheJobRefreshesThePlannersStatisticsOfWhatItStored() throws InterruptedException {
        assertThat(TestDatabase.isPostgres())
                .as("run by the postgres suite (-Dhuizong.test.db=postgres)")
                .isTrue();
        assertThat(statistics.isPostgres()).as("PostgreSQL recognised").isTrue();
        Map<String, Long> analyzed = Map.of();
        for (int attempt = 0; attempt < 50; attempt++) { // the server publishes its counters shortly after a commit
            analyzed = jdbc.sql("""
                    SELECT relname, analyze_count FROM pg_stat_user_tables
                    WHERE schemaname = current_schema() AND relname IN ('received_file', 'item_value', 'finding', 'counted_unit')
                    """).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (analyzed.size() == 4 && analyzed.values().stream().allMatch(count -> count >= 2)) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(analyzed)
                .as("ANALYZE runs by the job (two months, at least one each)")
                .hasSize(4)
                .allSatisfy((table, count) -> assertThat(count).as(table).isGreaterThanOrEqualTo(2));
    }

    @BeforeAll
    void writeTwoMonthsOfTheDemoCity() throws Exception {
        WORK.drop(
                PLAN,
                PLAN.submissions().stream()
                        .filter(s -> s.period().equals(SEPTEMBER) || s.period().equals(OCTOBER))
                        .toList());
        jobs.setJob(monthlyJob);
        assertThat(run(SEPTEMBER, 1)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run(OCTOBER, 1)).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void consolidatedFiguresEqualIndependentSumsOverTheCountedUnits() throws IOException {
        DemoCityExpectations expected =
                new DemoCityExpectations(PLAN, FormCatalog.bundled().get(FormCatalog.MONTHLY), OCTOBER);
        List<CSVRecord> rows = csv("consolidated.csv");
        Map<String, BigDecimal> actual = new HashMap<>();
        for (CSVRecord row : rows) {
            assertThat(row.get("period")).isEqualTo("2026-10");
            assertThat(row.get("value")).doesNotContain("E").doesNotEndWith(".0");
            actual.put(
                    row.get("scope") + "|" + row.get("scope_code") + "|" + row.get("item"),
                    new BigDecimal(row.get("value")));
        }
        assertThat(rows).hasSize(actual.size());
        Map<String, BigDecimal> wanted = expected.consolidated(PLAN.cityCode());
        List<String> differences = new java.util.ArrayList<>();
        for (String key : union(actual.keySet(), wanted.keySet())) {
            BigDecimal a = actual.get(key);
            BigDecimal w = wanted.get(key);
            if (a == null || w == null || a.compareTo(w) != 0) {
                differences.add(key + " csv=" + a + " expected=" + w);
            }
        }
        assertThat(differences)
                .as("rows of consolidated.csv that differ from the independent sums")
                .isEmpty();
        assertThat(expected.counted()).hasSizeGreaterThan(100);
    }

    @Test
    void findingsAreExactlyTheMistakesThePlanPlanted() throws IOException {
        DemoCityExpectations expected =
                new DemoCityExpectations(PLAN, FormCatalog.bundled().get(FormCatalog.MONTHLY), OCTOBER);
        Set<String> actual = new HashSet<>();
        for (CSVRecord row : csv("findings.csv")) {
            assertThat(row.get("message")).isNotBlank();
            if (!row.get("severity").equals("INFO")) {
                actual.add(DemoCityExpectations.key(
                        row.get("file"), row.get("rule"), new String[] {row.get("row_label"), row.get("col_label")}));
            }
            if (!row.get("cell").isEmpty()) {
                assertThat(row.get("cell")).matches("[A-Z]+[0-9]+");
            }
        }
        assertThat(csv("findings.csv"))
                .filteredOn(r -> r.get("rule").equals("F09"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("unit_uscc"))
                        .as("a duplicate belongs to its original's unit")
                        .isNotEmpty());
        Set<String> wanted = expected.findings();
        assertThat(wanted).hasSizeGreaterThan(40);
        Set<String> unexpected = new java.util.TreeSet<>(actual);
        unexpected.removeAll(wanted);
        Set<String> missing = new java.util.TreeSet<>(wanted);
        missing.removeAll(actual);
        assertThat(unexpected).as("findings nobody planted").isEmpty();
        assertThat(missing).as("planted mistakes not found").isEmpty();
    }

    @Test
    void rankingEqualsARecomputationFromTheCsvFilesAndTheDefaultModel() throws IOException {
        DemoCityExpectations expected =
                new DemoCityExpectations(PLAN, FormCatalog.bundled().get(FormCatalog.MONTHLY), OCTOBER);
        List<List<String>> wanted = new IndependentRanking(
                        PLAN,
                        OCTOBER,
                        csv("consolidated.csv"),
                        WORK.csv(SEPTEMBER, "consolidated.csv"),
                        csv("findings.csv"),
                        csv("completeness.csv"),
                        expected.currentVersions())
                .rows(PLAN.cityCode());
        List<List<String>> actual = csv("ranking.csv").stream()
                .map(r -> {
                    assertThat(r.get("period")).isEqualTo("2026-10");
                    List<String> row = new java.util.ArrayList<>(r.toList());
                    return row.subList(1, row.size());
                })
                .toList();
        assertThat(actual).containsExactlyElementsOf(wanted);
        assertThat(actual).extracting(r -> r.get(0)).contains("市直部门", "区县");
        assertThat(actual.stream().map(r -> r.get(4)).distinct().count())
                .as("scores that differ")
                .isGreaterThan(5);
    }

    @Test
    void theRankingWorkbookShowsTheRankChangeAgainstTheMonthBefore() throws IOException {
        Map<String, String> september = new HashMap<>();
        WORK.csv(SEPTEMBER, "ranking.csv")
                .forEach(r -> september.put(r.get("group") + "|" + r.get("code"), r.get("rank")));
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                output("排名.xlsx").toFile(), null, true)) {
            assertThat(workbook.getSheet("说明").getRow(3).getCell(1).getStringCellValue())
                    .as("model file SHA-256")
                    .hasSize(64);
            assertThat(workbook.getSheet("计算明细").getLastRowNum())
                    .isEqualTo(5 * csv("ranking.csv").size());
            var text = new org.apache.poi.ss.usermodel.DataFormatter();
            int compared = 0;
            for (String group : List.of("市直部门", "区县")) {
                for (var row : workbook.getSheet(group)) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    int rank = Integer.parseInt(text.formatCellValue(row.getCell(0)));
                    String before = september.get(group + "|" + text.formatCellValue(row.getCell(2)));
                    int change = before == null ? 0 : Integer.parseInt(before) - rank;
                    String expected =
                            before == null ? "新" : change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "—";
                    assertThat(text.formatCellValue(row.getCell(1)))
                            .as(text.formatCellValue(row.getCell(3)))
                            .isEqualTo(expected);
                    compared += before == null ? 0 : 1;
                }
            }
            assertThat(compared).isGreaterThan(30);
        }
    }

    @Test
    void completenessListsEveryActiveUnitOnce() throws IOException {
        DemoCityExpectations expected =
                new DemoCityExpectations(PLAN, FormCatalog.bundled().get(FormCatalog.MONTHLY), OCTOBER);
        List<CSVRecord> rows = csv("completeness.csv");
        long active = PLAN.units().stream()
                .filter(u -> u.isActiveIn(OCTOBER))
                .map(u -> u.uscc())
                .distinct()
                .count();
        assertThat(rows).hasSize((int) active);
        Map<String, String> status = new HashMap<>();
        rows.forEach(r -> status.put(r.get("unit_uscc"), r.get("status")));
        expected.counted().keySet().forEach(uscc -> assertThat(status.get(uscc)).startsWith("ACCEPTED"));
        expected.missingUnits().forEach(uscc -> assertThat(status.get(uscc)).isEqualTo("MISSING"));
        var rejectedOnly = PLAN.submissionsFor(OCTOBER).stream()
                .filter(s -> s.mistakes().stream()
                        .anyMatch(m -> m.rule().equals("F01") || m.rule().equals("F03")))
                .filter(s -> s.relativePath().contains(s.unit().name())
                        && !expected.currentVersions().containsKey(s.unit().uscc()))
                .toList();
        assertThat(rejectedOnly).isNotEmpty();
        rejectedOnly.forEach(s ->
                assertThat(status.get(s.unit().uscc())).as(s.relativePath()).isEqualTo("REJECTED"));
    }

    @Test
    void lateFilesAreNotedAndUnitsThatSentNothingAreListedAsMissing() throws IOException {
        DemoCityExpectations expected =
                new DemoCityExpectations(PLAN, FormCatalog.bundled().get(FormCatalog.MONTHLY), OCTOBER);
        java.time.LocalDate deadline = java.time.LocalDate.of(2026, 11, 5);
        Set<String> late = new HashSet<>();
        expected.currentVersions().values().stream()
                .filter(s -> s.receivedAt().toLocalDate().isAfter(deadline))
                .forEach(s -> late.add(s.relativePath()));
        assertThat(late).isNotEmpty();
        List<CSVRecord> findings = csv("findings.csv");
        assertThat(findings.stream().filter(r -> r.get("rule").equals("U-LATE")).map(r -> r.get("file")))
                .containsExactlyInAnyOrderElementsOf(late);
        Map<String, String> status = new HashMap<>();
        csv("completeness.csv").forEach(r -> status.put(r.get("unit_uscc"), r.get("status")));
        List<String> missing = findings.stream()
                .filter(r -> r.get("rule").equals("U-MISSING"))
                .map(r -> r.get("unit_uscc"))
                .toList();
        assertThat(expected.missingUnits()).as("the plan leaves units out").isNotEmpty();
        assertThat(missing).containsAll(expected.missingUnits());
        missing.forEach(uscc -> assertThat(status.get(uscc)).isEqualTo("MISSING"));
        assertThat(status.entrySet().stream()
                        .filter(e -> e.getValue().equals("MISSING"))
                        .map(Map.Entry::getKey))
                .containsExactlyInAnyOrderElementsOf(missing);
    }

    @Test
    void theValidationReportCountsEveryFindingAndListsWhomToChase() throws IOException {
        List<CSVRecord> findings = csv("findings.csv");
        Map<String, String> status = new HashMap<>();
        csv("completeness.csv").forEach(r -> status.put(r.get("unit_uscc"), r.get("status")));
        try (var report = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                output("校验报告.xlsx").toFile(), null, true)) {
            assertThat(report.getSheet("问题明细").getLastRowNum()).isEqualTo(findings.size());
            long counted = 0;
            long notes = 0;
            for (var row : report.getSheet("规则统计")) {
                if (row.getRowNum() > 0) {
                    counted += (long) row.getCell(4).getNumericCellValue();
                    assertThat(row.getCell(1).getStringCellValue())
                            .as("a rule is named in words")
                            .doesNotMatch("[A-Z0-9-]+");
                    if (row.getCell(0).getStringCellValue().startsWith("提示")) {
                        notes += (long) row.getCell(4).getNumericCellValue();
                    }
                }
            }
            assertThat(counted).isEqualTo(findings.size());
            assertThat(notes)
                    .as("notes are counted apart")
                    .isEqualTo(findings.stream()
                            .filter(r -> r.get("severity").equals("INFO"))
                            .count());
            var details = report.getSheet("问题明细");
            assertThat(details.getRow(1).getCell(5).getStringCellValue())
                    .as("the worst first")
                    .isIn("拒收", "错误（须改正）");
            assertThat(details.getRow(details.getLastRowNum()).getCell(5).getStringCellValue())
                    .isEqualTo("提示");
            assertThat(details.getPaneInformation().isFreezePane()).isTrue();
            Map<String, String> chase = new HashMap<>();
            Map<String, String> reasons = new HashMap<>();
            Map<String, Double> problems = new HashMap<>();
            Map<String, String> phones = new HashMap<>();
            for (var row : report.getSheet("催报名单")) {
                if (row.getRowNum() > 0) {
                    chase.put(
                            row.getCell(2).getStringCellValue(), row.getCell(3).getStringCellValue());
                    reasons.put(
                            row.getCell(2).getStringCellValue(), row.getCell(4).getStringCellValue());
                    problems.put(
                            row.getCell(2).getStringCellValue(), row.getCell(7).getNumericCellValue());
                    phones.put(
                            row.getCell(2).getStringCellValue(),
                            row.getCell(9) == null ? "" : row.getCell(9).getStringCellValue());
                }
            }
            assertThat(status.values())
                    .as("every kind of unit to chase is in the month")
                    .contains("MISSING", "RETURNED", "REJECTED");
            status.forEach((uscc, state) -> {
                switch (state) {
                    case "MISSING" -> assertThat(chase.get(uscc)).isEqualTo("未报送");
                    case "RETURNED" -> {
                        assertThat(chase.get(uscc)).isEqualTo("退回待改");
                        assertThat(phones.get(uscc)).startsWith("0990-");
                    }
                    case "REJECTED" -> {
                        assertThat(chase.get(uscc)).isEqualTo("拒收");
                        assertThat(reasons.get(uscc)).startsWith("文件未能接收：").doesNotContain("见反馈工作簿");
                        assertThat(problems.get(uscc))
                                .as("a refused unit's problems are its refused file's")
                                .isPositive();
                    }
                    default -> {}
                }
            });
            assertThat(chase.values()).contains("逾期");
        }
    }

    @Test
    void runningTheMonthAgainStoresNothingTwiceAndGivesTheSameOutputs() throws Exception {
        String before = Files.readString(output("consolidated.csv"));
        long files =
                jdbc.sql("SELECT COUNT(*) FROM received_file").query(Long.class).single();
        long values =
                jdbc.sql("SELECT COUNT(*) FROM item_value").query(Long.class).single();
        assertThat(run(OCTOBER, 2)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM received_file")
                        .query(Long.class)
                        .single())
                .isEqualTo(files);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM item_value").query(Long.class).single())
                .isEqualTo(values);
        assertThat(Files.readString(output("consolidated.csv"))).isEqualTo(before);
    }

    @Test
    void everyReceivedFileIsArchivedUnchangedUnderItsSha256() throws IOException {
        var archive = new org.huizong.submission.FileArchive(WORK.data().resolve("archive"));
        List<String[]> files = jdbc.sql("SELECT sha256, relative_path FROM received_file WHERE status <> 'DUPLICATE'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        assertThat(files).hasSizeGreaterThan(300);
        for (String[] file : files) {
            Path archived = archive.locate(file[0], org.huizong.submission.FileArchive.extensionOf(Path.of(file[1])));
            assertThat(org.huizong.submission.FileArchive.sha256(archived))
                    .as(file[1])
                    .isEqualTo(file[0]);
        }
    }

    @Test
    void aLaterVersionSupersedesTheEarlierAndEachUnitHasOneCurrentVersion() {
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM received_file WHERE period = '2026-10' AND version = 2 AND is_current = TRUE
                """).query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT unit_uscc FROM received_file WHERE period = '2026-10' AND is_current = TRUE
                GROUP BY unit_uscc HAVING COUNT(*) > 1) t
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM received_file c JOIN received_file o ON o.period = c.period AND o.unit_uscc = c.unit_uscc
                WHERE c.period = '2026-10' AND c.is_current = TRUE AND o.version IS NOT NULL AND o.received_at > c.received_at
                """).query(Long.class).single())
                .as("no version received after the current one")
                .isZero();
    }

    @Test
    void everyUnitThatSubmittedGetsAFeedbackWorkbookAndTheSummaryIsWritten() throws IOException {
        long current = jdbc.sql("SELECT COUNT(*) FROM received_file WHERE period = '2026-10' AND is_current = TRUE")
                .query(Long.class)
                .single();
        try (var files = Files.walk(output("反馈"))) {
            assertThat(files.filter(Files::isRegularFile)
                            .filter(f -> f.toString().contains("版_反馈.xls")))
                    .hasSize((int) current);
        }
        assertThat(output("汇总表.xlsx")).isNotEmptyFile();
    }

    @Test
    void aRejectedUnitGetsAFeedbackWorkbookThatSaysItWasRefusedAndWhy() throws IOException {
        List<CSVRecord> refused = csv("completeness.csv").stream()
                .filter(r -> r.get("status").equals("REJECTED"))
                .toList();
        assertThat(refused).isNotEmpty();
        for (CSVRecord unit : refused) {
            Path feedback = feedbackOf(unit.get("unit_name") + "_拒收_反馈.xlsx");
            try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(feedback.toFile(), null, true)) {
                var issues = workbook.getSheet("问题清单");
                assertThat(issues.getRow(0).getCell(0).getStringCellValue()).startsWith("审核结论：拒收");
                assertThat(issues.getRow(1).getCell(0).getStringCellValue()).contains("2026年11月5日");
                int header = headerRow(issues);
                assertThat(issues.getRow(header + 1).getCell(2).getStringCellValue())
                        .isEqualTo("拒收");
                assertThat(issues.getRow(header + 1).getCell(1).getStringCellValue())
                        .doesNotMatch("F0[0-9]");
            }
        }
    }

    @Test
    void anAcceptedBureauThatUsedFormulasSeesNoNoteOnThemOnlyOneLineCountingThem() throws IOException {
        Map<String, String> status = new HashMap<>();
        csv("completeness.csv").forEach(r -> status.put(r.get("unit_uscc"), r.get("status")));
        Map<String, Long> notes = new HashMap<>();
        csv("findings.csv").stream()
                .filter(r -> r.get("rule").equals("V04")
                        && status.get(r.get("unit_uscc")) != null
                        && status.get(r.get("unit_uscc")).equals("ACCEPTED"))
                .forEach(r -> notes.merge(r.get("unit_name"), 1L, Long::sum));
        String unit = notes.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        assertThat(notes.get(unit))
                .as("an accepted unit with many formula notes")
                .isGreaterThan(5);
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                feedbackOf(unit + "_第").toFile(), null, true)) {
            var issues = workbook.getSheet("问题清单");
            assertThat(issues.getRow(0).getCell(0).getStringCellValue()).startsWith("审核结论：已接收");
            int header = headerRow(issues);
            List<String> lines = new java.util.ArrayList<>();
            for (int r = 0; r < header; r++) {
                lines.add(
                        issues.getRow(r) == null
                                ? ""
                                : issues.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(lines)
                    .filteredOn(l -> l.contains("写法已自动规范"))
                    .singleElement()
                    .asString()
                    .contains(notes.get(unit) + " 处");
            assertThat(issues.getLastRowNum())
                    .as("only the line saying there is no problem")
                    .isEqualTo(header + 1);
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellComment())
                                .as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNull();
                    }
                }
            }
        }
    }

    private static Path feedbackOf(String prefix) throws IOException {
        try (var files = Files.walk(output("反馈"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no feedback workbook " + prefix + "…"));
        }
    }

    /** The row of the 问题清单's header, below the verdict and what to do. */
    private static int headerRow(org.apache.poi.ss.usermodel.Sheet issues) {
        for (var row : issues) {
            if (row.getCell(0) != null && "序号".equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("the 问题清单 has no header row");
    }

    @Test
    void theSummaryWorkbookShowsTheCityFiguresInTheOfficialLayout() throws IOException {
        var form = FormCatalog.bundled().get(FormCatalog.MONTHLY);
        var reading = new org.huizong.form.read.SubmissionReader(
                        new org.huizong.form.read.WorkbookGridLoader(org.huizong.form.read.WorkbookLimits.defaults()))
                .read(output("汇总表.xlsx"), form);
        assertThat(reading.sheetNames()).containsEntry("T3", "全市-表三");
        Map<String, BigDecimal> city = new HashMap<>();
        for (CSVRecord row : csv("consolidated.csv")) {
            if (row.get("scope").equals("CITY")) {
                city.put(row.get("item"), new BigDecimal(row.get("value")));
            }
        }
        var parser = new org.huizong.form.read.ValueParser();
        assertThat(reading.cells()).hasSize(form.items().size());
        for (var cell : reading.cells()) {
            assertThat(parser.parse(cell.cell(), cell.item().type()).value())
                    .as(cell.item().code())
                    .isEqualByComparingTo(city.get(cell.item().code()));
        }
    }

    @Test
    void aReturnedUnitsFeedbackWorkbookMarksTheCellAndListsEveryFinding() throws IOException {
        List<CSVRecord> findings = csv("findings.csv").stream()
                .filter(r -> r.get("rule").equals("T3-BAL"))
                .toList();
        assertThat(findings).isNotEmpty();
        CSVRecord finding = findings.get(0);
        long expectedRows = csv("findings.csv").stream()
                .filter(r -> r.get("file").equals(finding.get("file")))
                .filter(r -> !r.get("severity").equals("INFO"))
                .count();
        Path feedback;
        try (var files = Files.walk(output("反馈"))) {
            feedback = files.filter(f -> f.getFileName().toString().startsWith(finding.get("unit_name") + "_"))
                    .findFirst()
                    .orElseThrow();
        }
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(feedback.toFile(), null, true)) {
            var sheet = workbook.getSheet(finding.get("sheet"));
            var address = new org.apache.poi.ss.util.CellAddress(finding.get("cell"));
            var cell = sheet.getRow(address.getRow()).getCell(address.getColumn());
            assertThat(cell.getCellComment().getString().getString()).contains(finding.get("message"));
            assertThat(cell.getCellStyle().getFillPattern())
                    .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            var issues = workbook.getSheet("问题清单");
            int header = headerRow(issues);
            assertThat(issues.getRow(0).getCell(0).getStringCellValue()).startsWith("审核结论：退回须改正");
            assertThat(issues.getRow(1).getCell(0).getStringCellValue()).contains("2026年11月5日前");
            assertThat(issues.getLastRowNum() - header).isEqualTo((int) expectedRows);
            assertThat(issues.getRow(header).getCell(10).getStringCellValue()).isEqualTo("问题说明");
            assertThat(issues.getRow(header).getCell(7).getStringCellValue()).isEqualTo("填报数");
            assertThat(issues.isColumnHidden(12))
                    .as("the rule's code is for the reader only")
                    .isTrue();
        }
    }

    @Test
    void theComparisonWorkbookShowsEachCountysIndicatorsRecomputedFromItsSums() throws IOException {
        var expected = new DemoComparisonExpectations(
                        PLAN,
                        OCTOBER,
                        new DemoCityExpectations(PLAN, FormCatalog.bundled().get(FormCatalog.MONTHLY), OCTOBER))
                .byCounty();
        var table = ReportWorkbook.table(output("对比分析.xlsx"), "区县比较", "区县（纳入/应报）");
        assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((county, cells) -> cells.forEach((indicator, cell) -> {
            Object actual = table.get(county).get(indicator);
            if (cell instanceof Double number) {
                assertThat((Double) actual).as(county + " " + indicator).isCloseTo(number, within(1e-9));
            } else {
                assertThat(actual).as(county + " " + indicator).isEqualTo(cell);
            }
        }));
    }

    @Test
    void theReportPdfsShowTheCityCountiesAndIndicatorsInTheEmbeddedFont() throws IOException {
        String county = PLAN.units().get(0).countyName();
        for (String name : List.of("汇总报告.pdf", "对比分析.pdf")) {
            var pdf = ReportPdf.read(output(name));
            assertThat(pdf.text()).as(name).contains(PLAN.cityName(), county, "市本级");
            assertThat(pdf.fontsNotEmbedded()).as(name).isEmpty();
            assertThat(pdf.fonts()).as(name).isNotEmpty();
        }
        assertThat(ReportPdf.read(output("对比分析.pdf")).text()).contains("办结率", "公开率", "复议纠错率", "主动公开合计");
        assertThat(ReportPdf.read(output("汇总报告.pdf")).text()).contains("收到和处理政府信息公开申请情况", "未纳入汇总的单位");
    }

    @Test
    void theRankingPdfShowsEveryMemberAndTheWorkingInTheEmbeddedFont() throws IOException {
        var pdf = ReportPdf.read(output("排名.pdf"));
        assertThat(pdf.fontsNotEmbedded()).isEmpty();
        assertThat(pdf.fonts()).isNotEmpty();
        String text = pdf.text().replaceAll("\\s+", "");
        assertThat(text).contains(PLAN.cityName(), "市直部门", "区县", "计算明细", "报送及时", "依申请办结率", "组中位数");
        for (CSVRecord row : csv("ranking.csv")) {
            assertThat(text).as(row.get("name")).contains(row.get("name").replaceAll("\\s+", ""));
        }
    }

    @Test
    void peopleReadWordsNotItemCodesAndTheRankingsFiguresAreNumbers() throws IOException {
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("T[0-9]\\.[A-Z0-9]+(\\.[A-Z0-9]+)?");
        for (String name : List.of("汇总表.xlsx", "校验报告.xlsx", "排名.xlsx", "对比分析.xlsx")) {
            try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                    output(name).toFile(), null, true)) {
                for (var sheet : workbook) {
                    var header = sheet.getRow(0);
                    for (var cell : header == null ? List.<org.apache.poi.ss.usermodel.Cell>of() : header) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            assertThat(code.matcher(cell.getStringCellValue()).matches())
                                    .as(name + " " + sheet.getSheetName() + " header " + cell.getStringCellValue())
                                    .isFalse();
                        }
                    }
                }
            }
        }
        try (var summary = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                output("汇总表.xlsx").toFile(), null, true)) {
            var detail = summary.getSheet("单位明细").getRow(0);
            assertThat(detail.getCell(4).getStringCellValue()).startsWith("表一“");
        }
        try (var ranking = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                output("排名.xlsx").toFile(), null, true)) {
            var first = ranking.getSheet("市直部门").getRow(1);
            assertThat(first.getCell(4).getCellType()).as("总分").isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(first.getCell(6).getCellType())
                    .as("an indicator's points")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            var working = ranking.getSheet("计算明细").getRow(1);
            assertThat(working.getCell(9).getCellType())
                    .as("得分")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        }
        String pdf = ReportPdf.read(output("排名.pdf")).text();
        assertThat(pdf)
                .doesNotContain("days_late", "first_errors", "unjustified_warnings", "T3.R24.C7", "T1.A09.K1")
                .contains("迟报天数");
    }

    @Test
    void aCountysRankingInputsMayListTenThousandUnits() {
        String inputs = "各单位得分：" + "示例市某某局 12.5，".repeat(2_500);
        jdbc.sql("""
                INSERT INTO ranking_points (period, group_name, code, indicator, ordinal, points, raw_value, inputs, working)
                VALUES ('1999-01', '区县', '990199', '数据质量', 1, 1, NULL, :inputs, :inputs)
                """).param("inputs", inputs).update();
        assertThat(jdbc.sql("SELECT inputs FROM ranking_points WHERE period = '1999-01'")
                        .query(String.class)
                        .single())
                .hasSize(inputs.length());
        jdbc.sql("DELETE FROM ranking_points WHERE period = '1999-01'").update();
    }

    /** Runs the job (returns the status, not the execution, which the batch test listeners would take for a factory). */
    private BatchStatus run(YearMonth month, long run) throws Exception {
        return jobs.startJob(WORK.parameters(month, run)).getStatus();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Path output(String name) {
        return WORK.output(OCTOBER, name);
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        return WORK.csv(OCTOBER, name);
    }
}
