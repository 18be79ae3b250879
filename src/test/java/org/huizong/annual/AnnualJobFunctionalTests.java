package org.huizong.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.huizong.HuizongApplication;
import org.huizong.demo.DemoCityPlan;
import org.huizong.demo.DemoSubmission;
import org.huizong.demo.DemoUnit;
import org.huizong.fixtures.DraftDocx;
import org.huizong.fixtures.DraftStatements;
import org.huizong.fixtures.ReportPdf;
import org.huizong.fixtures.ReportWorkbook;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestDatabase;
import org.huizong.form.FormCatalog;
import org.huizong.form.FormDescriptor;
import org.huizong.form.InfoField;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.ValueParser;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.form.read.WorkbookLimits;
import org.huizong.form.read.WorkbookReading;
import org.huizong.form.write.FilledForm;
import org.huizong.form.write.FormWorkbookWriter;
import org.huizong.form.write.WriteOptions;
import org.huizong.monthly.MonthlyJobConfiguration;
import org.huizong.report.AnnualReportDrafts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The annual job on twelve generated months of two counties (one unit moves from 南山县 to 金沙区 in the year): each
 * unit with all its months accepted counts by its roll-up, equal item by item to an independent computation
 * (sum, first or last as forms.md declares); a unit with missing months is reported, never rolled up; a GIA-Y
 * workbook counts for its unit and is compared with the roll-up (P-ANNUAL). Every counted unit, each county and the city
 * get the draft of their annual report, its tables and sentences holding the figures that count for them.
 */
@SpringBootTest(classes = HuizongApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag(Suites.DATABASE)
class AnnualJobFunctionalTests {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final Set<String> COUNTIES = Set.of("990121", "990105");
    private static final AnnualWorkFolder WORK = AnnualWorkFolder.create();
    private static final DemoCityPlan PLAN = DemoCityPlan.generate(20262, DECEMBER, 12);
    private static final FormDescriptor ANNUAL = FormCatalog.bundled().get(FormCatalog.ANNUAL);
    private static final List<String> DRAFT_TABLES = List.of("T2", "T3", "T4");

    @Autowired
    private JobOperator operator;

    @Autowired
    @Qualifier(MonthlyJobConfiguration.JOB)
    private Job monthlyJob;

    @Autowired
    @Qualifier(AnnualJobConfiguration.JOB)
    private Job annualJob;

    private IndependentRollup expected;
    private String matching;
    private String differing;
    private String refused;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "annual-functional");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @BeforeAll
    void runTwelveMonthsThenTheYear() throws Exception {
        List<DemoSubmission> dropped = PLAN.submissions().stream()
                .filter(s -> COUNTIES.contains(s.unit().countyCode()))
                .toList();
        WORK.drop(PLAN, dropped);
        for (int m = 1; m <= 12; m++) {
            assertThat(operator.start(
                                    monthlyJob,
                                    WORK.parameters(YearMonth.of(2026, m).toString()))
                            .getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
        }
        expected = new IndependentRollup(PLAN, dropped, 2026, COUNTIES);
        List<String> complete = expected.completeUnits().stream().sorted().toList();
        assertThat(complete).hasSizeGreaterThan(10);
        assertThat(expected.incompleteUnits()).isNotEmpty();
        matching = complete.get(0);
        differing = complete.get(1);
        writeAnnualWorkbook(matching, expected.rolledUp(matching));
        Map<String, BigDecimal> changed = new LinkedHashMap<>(expected.rolledUp(differing));
        changed.put("T2.G3.M4", changed.get("T2.G3.M4").add(BigDecimal.valueOf(7)));
        writeAnnualWorkbook(differing, changed);
        expected.replace(differing, changed);
        refused = complete.get(2);
        writeUnreadableAnnualWorkbook(refused);
        assertThat(operator.start(annualJob, WORK.parameters("2026")).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void theYearsRankingTakesEachIndicatorAsTheMeanOfTheMonthsPoints() throws IOException {
        Map<String, List<BigDecimal>> monthly = new HashMap<>();
        List<String> indicators = null;
        for (int m = 1; m <= 12; m++) {
            for (CSVRecord row : WORK.csv(YearMonth.of(2026, m).toString(), "ranking.csv")) {
                indicators = row.getParser().getHeaderNames().subList(7, row.size());
                for (String indicator : indicators) {
                    monthly.computeIfAbsent(
                                    row.get("group") + "|" + row.get("code") + "|" + indicator,
                                    k -> new java.util.ArrayList<>())
                            .add(new BigDecimal(row.get(indicator)));
                }
            }
        }
        List<CSVRecord> year = WORK.csv("2026", "ranking.csv");
        assertThat(year).extracting(r -> r.get("group")).contains("市直部门", "区县");
        for (CSVRecord row : year) {
            BigDecimal score = BigDecimal.ZERO;
            for (String indicator : indicators) {
                List<BigDecimal> months = monthly.get(row.get("group") + "|" + row.get("code") + "|" + indicator);
                BigDecimal mean = months.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(months.size()), 4, java.math.RoundingMode.HALF_UP);
                assertThat(new BigDecimal(row.get(indicator)))
                        .as(row.get("name") + " " + indicator)
                        .isEqualByComparingTo(mean);
                score = score.add(mean);
            }
            assertThat(new BigDecimal(row.get("score"))).as(row.get("name")).isEqualByComparingTo(score);
            long higher = year.stream()
                    .filter(r -> r.get("group").equals(row.get("group")))
                    .filter(r -> new BigDecimal(r.get("score")).compareTo(new BigDecimal(row.get("score"))) > 0)
                    .count();
            assertThat(Integer.parseInt(row.get("rank")))
                    .as("competition rank of " + row.get("name"))
                    .isEqualTo(higher + 1);
        }
    }

    @Test
    void eachCompleteUnitCountsByItsRollupOrItsOwnAnnualWorkbook() throws IOException {
        Map<String, BigDecimal> actual = WORK.consolidated("2026");
        for (String uscc : expected.completeUnits()) {
            for (var item : ANNUAL.items()) {
                assertThat(actual.get("UNIT|" + uscc + "|" + item.code()))
                        .as(uscc + " " + item.code())
                        .isEqualByComparingTo(expected.rolledUp(uscc).get(item.code()));
            }
        }
        assertThat(actual.keySet().stream()
                        .filter(k -> k.startsWith("UNIT|"))
                        .map(k -> k.split("\\|")[1])
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(expected.completeUnits());
    }

    @Test
    void countiesSumTheirUnitsAtTheYearsEndIncludingTheUnitThatMoved() throws IOException {
        Map<String, BigDecimal> actual = WORK.consolidated("2026");
        Map<String, BigDecimal> counties = new HashMap<>();
        for (String uscc : expected.completeUnits()) {
            DemoUnit atYearEnd = expected.unitAtYearEnd(uscc);
            expected.rolledUp(uscc)
                    .forEach((item, value) ->
                            counties.merge(atYearEnd.countyCode() + "|" + item, value, BigDecimal::add));
        }
        for (String county : COUNTIES) {
            for (var item : ANNUAL.items()) {
                assertThat(actual.get("COUNTY|" + county + "|" + item.code()))
                        .as(county + " " + item.code())
                        .isEqualByComparingTo(counties.getOrDefault(county + "|" + item.code(), BigDecimal.ZERO));
            }
        }
        assertThat(expected.movedUnits())
                .as("the plan has a unit that changed county during the year")
                .isNotEmpty();
    }

    @Test
    void unitsWithMissingMonthsAreReportedWithTheMonthsNotRolledUp() throws IOException {
        Map<String, String> status = new HashMap<>();
        WORK.csv("2026", "completeness.csv").forEach(r -> status.put(r.get("unit_uscc"), r.get("status")));
        List<CSVRecord> findings = WORK.csv("2026", "findings.csv");
        for (String uscc : expected.incompleteUnits()) {
            assertThat(status.get(uscc)).as(uscc).isEqualTo("MISSING");
            assertThat(findings)
                    .filteredOn(r ->
                            r.get("unit_uscc").equals(uscc) && r.get("rule").equals("U-MISSING"))
                    .singleElement()
                    .satisfies(r -> assertThat(r.get("message")).contains(expected.missingMonths(uscc)));
        }
    }

    @Test
    void aUnitWhoseAnnualWorkbookWasRefusedCountsAndStandsByItsRollup() throws IOException {
        assertThat(WORK.csv("2026", "findings.csv"))
                .filteredOn(r -> r.get("rule").equals("F01"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("unit_uscc")).isEqualTo(refused));
        assertThat(WORK.csv("2026", "completeness.csv"))
                .filteredOn(r -> r.get("unit_uscc").equals(refused))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("status")).isEqualTo("ACCEPTED");
                    assertThat(r.get("received_at")).isEmpty();
                });
        assertThat(WORK.consolidated("2026").get("UNIT|" + refused + "|T2.G3.M4"))
                .isEqualByComparingTo(expected.rolledUp(refused).get("T2.G3.M4"));
    }

    @Test
    void aUnitsAnnualTablesHoldItsRolledUpFigures() throws IOException {
        DemoUnit unit = expected.unitAtYearEnd(refused);
        Path tables = WORK.root()
                .resolve("output/2026/年报")
                .resolve(unit.countyName())
                .resolve(unit.name() + "_2026年_" + ANNUAL.name() + ".xlsx");
        WorkbookReading reading =
                new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(tables, ANNUAL);
        ValueParser parser = new ValueParser();
        Map<String, BigDecimal> read = new HashMap<>();
        reading.cells()
                .forEach(cell -> read.put(
                        cell.item().code(),
                        parser.parse(cell.cell(), cell.item().type()).value()));
        assertThat(reading.infoText(InfoField.USCC)).isEqualTo(refused);
        assertThat(read).hasSize(ANNUAL.items().size());
        read.forEach((item, value) -> assertThat(value)
                .as(item)
                .isEqualByComparingTo(expected.rolledUp(refused).get(item)));
    }

    @Test
    void anAnnualWorkbookDifferentFromTheMonthsIsFlaggedItemByItem() throws IOException {
        List<CSVRecord> findings = WORK.csv("2026", "findings.csv");
        assertThat(findings)
                .filteredOn(r -> r.get("rule").equals("P-ANNUAL"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("unit_uscc")).isEqualTo(differing);
                    assertThat(r.get("message")).contains("T2.G3.M4").doesNotContain("T3.R01");
                });
        assertThat(findings)
                .filteredOn(r -> r.get("unit_uscc").equals(matching)
                        && !r.get("severity").equals("INFO"))
                .isEmpty();
    }

    @Test
    void theAnnualTablesAreWrittenForEveryCountedUnit() throws IOException {
        try (var files = Files.walk(WORK.root().resolve("output/2026/年报"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".xlsx")))
                    .hasSize(expected.completeUnits().size());
        }
        assertThat(WORK.root().resolve("output/2026/汇总表.xlsx")).isNotEmptyFile();
        try (var report = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                WORK.root().resolve("output/2026/校验报告.xlsx").toFile(), null, true)) {
            List<String> chased = new java.util.ArrayList<>();
            report.getSheet("催报名单").forEach(row -> chased.add(row.getCell(2).getStringCellValue()));
            assertThat(chased)
                    .as("units counted by their roll-up are not chased")
                    .doesNotContainAnyElementsOf(expected.completeUnits());
            assertThat(chased).containsAll(expected.incompleteUnits());
        }
    }

    @Test
    void theAnnualComparisonRecomputesEachCountysRatiosFromItsRolledUpUnits() throws IOException {
        Map<String, Map<String, BigDecimal>> counties = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String uscc : expected.completeUnits()) {
            DemoUnit atYearEnd = expected.unitAtYearEnd(uscc);
            names.put(atYearEnd.countyCode(), atYearEnd.countyName());
            expected.rolledUp(uscc)
                    .forEach((item, value) -> counties.computeIfAbsent(atYearEnd.countyCode(), k -> new HashMap<>())
                            .merge(item, value, BigDecimal::add));
        }
        var table = ReportWorkbook.table(WORK.root().resolve("output/2026/对比分析.xlsx"), "区县比较", "区县（纳入/应报）");
        for (String county : COUNTIES) {
            Map<String, BigDecimal> sums = counties.get(county);
            Map<String, Object> row = ReportWorkbook.rowStartingWith(table, names.get(county) + "（");
            assertThat((Double) row.get("新收申请（件）"))
                    .isEqualTo(sums.get("T3.R01.C7").doubleValue());
            double completion = sums.get("T3.R24.C7").doubleValue()
                    / sums.get("T3.R01.C7").add(sums.get("T3.R02.C7")).doubleValue();
            assertThat((Double) row.get("办结率")).as(county).isCloseTo(completion, within(1e-9));
            assertThat(row).as("表一 is not part of the annual form").doesNotContainKey("主动公开合计");
        }
        String elsewhere = PLAN.units().stream()
                .map(DemoUnit::countyName)
                .filter(n -> !names.containsValue(n))
                .findFirst()
                .orElseThrow();
        assertThat(ReportWorkbook.rowStartingWith(table, elsewhere + "（0/").values())
                .allSatisfy(v -> assertThat(v).isEqualTo("—（无纳入单位）"));
        for (String name : List.of("汇总报告.pdf", "对比分析.pdf", "排名.pdf")) {
            ReportPdf pdf = ReportPdf.read(WORK.root().resolve("output/2026").resolve(name));
            assertThat(pdf.text())
                    .as(name)
                    .contains(PLAN.cityName(), names.values().iterator().next(), "2026年");
            assertThat(pdf.fonts()).as(name + ": fonts seen").isNotEmpty();
            assertThat(pdf.fontsNotEmbedded()).as(name).isEmpty();
        }
    }

    @Test
    void everyCountedUnitsDraftHoldsItsAnnualFiguresInItsTablesAndSentences() throws IOException {
        for (String uscc : expected.completeUnits()) {
            DemoUnit unit = expected.unitAtYearEnd(uscc);
            Path file =
                    AnnualReportDrafts.draft(WORK.root().resolve("output/2026"), unit.countyName(), unit.name(), 2026);
            DraftDocx draft = DraftDocx.read(file);
            assertThat(draft.title()).isEqualTo(unit.name() + "2026年政府信息公开工作年度报告");
            Map<String, BigDecimal> tables = draft.figures(ANNUAL, DRAFT_TABLES);
            assertThat(tables).as(unit.name()).hasSize(ANNUAL.items().size());
            tables.forEach((item, value) -> assertThat(value)
                    .as(unit.name() + " " + item)
                    .isEqualByComparingTo(expected.rolledUp(uscc).get(item)));
            assertStatedAsCounted(draft, tables, expected.table1(uscc), unit.name());
            assertThat(AnnualReportDrafts.pdfOf(file))
                    .as("the PDF to read beside the draft")
                    .isNotEmptyFile();
        }
    }

    @Test
    void aUnitWhoseYearIsIncompleteGetsNoDraftAndIsListedWithTheMonthsItLacks() throws IOException {
        List<CSVRecord> skipped = WORK.csv("2026", "年报/" + AnnualReportDrafts.SKIPPED);
        for (String uscc : expected.incompleteUnits()) {
            DemoUnit unit = expected.unitAtYearEnd(uscc);
            assertThat(AnnualReportDrafts.draft(
                            WORK.root().resolve("output/2026"), unit.countyName(), unit.name(), 2026))
                    .doesNotExist();
            assertThat(skipped)
                    .filteredOn(r -> r.get("code").equals(uscc))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.get("status")).isEqualTo("MISSING");
                        assertThat(r.get("reason")).contains(expected.missingMonths(uscc));
                    });
        }
        try (var files = Files.walk(WORK.root().resolve("output/2026/年报"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(AnnualReportDrafts.NAME + ".docx")))
                    .as("one draft per counted unit, counted county and the city")
                    .hasSize(expected.completeUnits().size() + COUNTIES.size() + 1);
        }
    }

    @Test
    void theCountiesAndTheCitysDraftsHoldTheirConsolidatedFigures() throws IOException {
        Map<String, Map<String, BigDecimal>> sums = new HashMap<>();
        Map<String, Map<String, BigDecimal>> table1 = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String uscc : expected.completeUnits()) {
            DemoUnit unit = expected.unitAtYearEnd(uscc);
            names.put(unit.countyCode(), unit.countyName());
            for (String scope : List.of(unit.countyCode(), "city")) {
                expected.rolledUp(uscc)
                        .forEach((item, value) -> sums.computeIfAbsent(scope, k -> new HashMap<>())
                                .merge(item, value, BigDecimal::add));
                expected.table1(uscc)
                        .forEach((item, value) -> table1.computeIfAbsent(scope, k -> new HashMap<>())
                                .merge(item, value, BigDecimal::add));
            }
        }
        Path output = WORK.root().resolve("output/2026");
        for (String county : COUNTIES) {
            DraftDocx draft =
                    DraftDocx.read(AnnualReportDrafts.draft(output, names.get(county), names.get(county), 2026));
            Map<String, BigDecimal> tables = draft.figures(ANNUAL, DRAFT_TABLES);
            ANNUAL.items()
                    .forEach(item -> assertThat(tables.get(item.code()))
                            .as(county + " " + item.code())
                            .isEqualByComparingTo(sums.get(county).getOrDefault(item.code(), BigDecimal.ZERO)));
            assertStatedAsCounted(draft, tables, table1.get(county), names.get(county));
            assertThat(draft.text()).contains("本稿数据为" + names.get(county) + "纳入汇总的");
        }
        Path city = output.resolve("年报").resolve(PLAN.cityName() + "_2026" + AnnualReportDrafts.NAME + ".docx");
        DraftDocx draft = DraftDocx.read(city);
        Map<String, BigDecimal> tables = draft.figures(ANNUAL, DRAFT_TABLES);
        ANNUAL.items()
                .forEach(item -> assertThat(tables.get(item.code()))
                        .as("city " + item.code())
                        .isEqualByComparingTo(sums.get("city").getOrDefault(item.code(), BigDecimal.ZERO)));
        assertStatedAsCounted(draft, tables, table1.get("city"), PLAN.cityName());
        ReportPdf pdf = ReportPdf.read(AnnualReportDrafts.pdfOf(city));
        assertThat(pdf.fontsNotEmbedded()).isEmpty();
        assertThat(pdf.text().replaceAll("\\s", ""))
                .contains(PLAN.cityName() + "2026年政府信息公开工作年度报告", "四、政府信息公开行政复议、行政诉讼情况");
        String elsewhere = PLAN.units().stream()
                .map(DemoUnit::countyName)
                .filter(n -> !names.containsValue(n) && !n.equals("市本级"))
                .findFirst()
                .orElseThrow();
        assertThat(WORK.csv("2026", "年报/" + AnnualReportDrafts.SKIPPED))
                .filteredOn(r -> r.get("scope").equals("COUNTY"))
                .anySatisfy(r -> assertThat(r.get("name")).isEqualTo(elsewhere));
    }

    /** The figures the draft's sentences state are those of its tables, and 表一's those of the accepted months. */
    private static void assertStatedAsCounted(
            DraftDocx draft, Map<String, BigDecimal> tables, Map<String, BigDecimal> table1, String name) {
        Map<String, BigDecimal> figures = new HashMap<>(table1);
        figures.putAll(tables);
        Map<String, BigDecimal> stated = DraftStatements.stated(draft);
        DraftStatements.expected(figures)
                .forEach((items, value) -> assertThat(stated.get(items))
                        .as(name + " states " + items)
                        .isEqualByComparingTo(value));
    }

    private void writeUnreadableAnnualWorkbook(String uscc) throws IOException {
        Path file = WORK.root()
                .resolve("input/2026")
                .resolve(expected.unitAtYearEnd(uscc).name() + "_2026年度报表.xlsx");
        Files.writeString(file, "这不是一个工作簿");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2027-01-21T09:00:00Z")));
    }

    private void writeAnnualWorkbook(String uscc, Map<String, BigDecimal> values) throws IOException {
        DemoUnit unit = expected.unitAtYearEnd(uscc);
        Path file = WORK.root().resolve("input/2026").resolve(unit.name() + "_2026年度报表.xlsx");
        new FormWorkbookWriter()
                .write(
                        ANNUAL,
                        new FilledForm(
                                Map.of(
                                        InfoField.UNIT_NAME,
                                        unit.name(),
                                        InfoField.USCC,
                                        uscc,
                                        InfoField.PERIOD,
                                        "2026年"),
                                values,
                                Map.of()),
                        WriteOptions.official(),
                        file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2027-01-20T09:00:00Z")));
    }
}
