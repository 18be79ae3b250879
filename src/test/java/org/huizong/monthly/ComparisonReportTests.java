package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.HuizongApplication;
import org.huizong.demo.DemoUsccCodes;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.fixtures.ReportPdf;
import org.huizong.fixtures.ReportWorkbook;
import org.huizong.fixtures.TestDatabase;
import org.huizong.form.InfoField;
import org.huizong.form.write.WriteOptions;
import org.junit.jupiter.api.BeforeAll;
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
 * The reports on a small city of three units in three counties: 东城区's unit received no application (every ratio
 * of 表三 has a zero denominator), 市本级's did, and 西城区's never sends anything (a county with no counted unit).
 * September has only 东城区, so the city's 办结率 of the previous month has a zero denominator; the same month a
 * year before was never run. Expected figures are computed here from the submitted values.
 */
@SpringBootTest(classes = HuizongApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonReportTests {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-comparison-");
    private static final String COMMERCE = "11990100MB0000029M";
    private static final String JUSTICE = DemoUsccCodes.of('1', '1', "990103", "MB000070");

    @Autowired
    private Job monthlyJob;

    @Autowired
    private JobOperator operator;

    private Map<String, BigDecimal> dongcheng;
    private Map<String, BigDecimal> commerce;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "comparison-report");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @BeforeAll
    void runSeptemberAndOctober() throws Exception {
        Path config = Files.createDirectories(WORK.root().resolve("config"));
        Files.writeString(
                config.resolve("units.csv"),
                FixtureWorkbooks.UNITS_CSV + JUSTICE + ",西城区司法局,,990103,西城区,COUNTY_DEPT,司法,,\n");
        Files.writeString(config.resolve("city.yml"), "code: \"990100\"\nname: 示例市\nmonthly-deadline-day: 5\n");
        Map<String, BigDecimal> september = withoutApplications(ConsistentValues.monthly(31));
        "RV LD LR"
                .lines()
                .flatMap(l -> List.of(l.split(" ")).stream())
                .forEach(group ->
                        List.of(1, 2, 3, 4, 5).forEach(k -> september.put("T4." + group + "." + k, BigDecimal.ZERO)));
        new FixtureWorkbooks(Files.createDirectories(WORK.root().resolve("input/2026-09")))
                .monthly("东城区市场监督管理局", FixtureWorkbooks.info("2026年9月"), september, Map.of(), WriteOptions.official());
        dongcheng = withoutApplications(ConsistentValues.monthly(32));
        commerce = ConsistentValues.monthly(33);
        FixtureWorkbooks october =
                new FixtureWorkbooks(Files.createDirectories(WORK.root().resolve("input/2026-10")));
        october.monthly("东城区市场监督管理局", dongcheng, Map.of(), WriteOptions.official());
        Map<String, String> info = new HashMap<>(FixtureWorkbooks.info("2026年10月"));
        info.put(InfoField.UNIT_NAME, "示例市商务局");
        info.put(InfoField.USCC, COMMERCE);
        info.put(InfoField.COUNTY, "市本级");
        october.monthly("示例市商务局", info, commerce, Map.of(), WriteOptions.official());
        assertThat(operator.start(monthlyJob, WORK.parameters(SEPTEMBER, 1)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 1)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(WORK.csv(OCTOBER, "completeness.csv"))
                .extracting(r -> r.get("status"))
                .containsExactlyInAnyOrder("ACCEPTED", "ACCEPTED", "MISSING");
    }

    @Test
    void countiesShowTheirOwnRatiosAZeroDenominatorAndACountyWithoutUnits() throws Exception {
        var counties = ReportWorkbook.table(output("对比分析.xlsx"), "区县比较", "区县（纳入/应报）");
        Map<String, Object> east = ReportWorkbook.rowStartingWith(counties, "东城区（1/1）");
        assertThat(east.get("新收申请（件）")).isEqualTo(0.0);
        assertThat(east.get("办结率")).isEqualTo("—（分母为0）");
        assertThat(east.get("公开率")).isEqualTo("—（分母为0）");
        assertThat((Double) east.get("主动公开合计"))
                .isEqualTo(dongcheng.get("T1.A09.K1").doubleValue());
        assertRatio(east.get("复议纠错率"), sum(dongcheng, "T4.RV.2"), sum(dongcheng, "T4.RV.1", "T4.RV.2", "T4.RV.3"));
        Map<String, Object> west = ReportWorkbook.rowStartingWith(counties, "西城区（0/1）");
        assertThat(west.values()).isNotEmpty().allSatisfy(v -> assertThat(v).isEqualTo("—（无纳入单位）"));
        Map<String, Object> city = ReportWorkbook.rowStartingWith(counties, "市本级（1/1）");
        assertRatio(city.get("办结率"), sum(commerce, "T3.R24.C7"), sum(commerce, "T3.R01.C7", "T3.R02.C7"));
        Map<String, Object> whole = ReportWorkbook.rowStartingWith(counties, "全市（2/3）");
        Map<String, BigDecimal> both = new LinkedHashMap<>(commerce);
        dongcheng.forEach((item, value) -> both.merge(item, value, BigDecimal::add));
        assertRatio(whole.get("办结率"), sum(both, "T3.R24.C7"), sum(both, "T3.R01.C7", "T3.R02.C7"));
        assertRatio(whole.get("公开率"), sum(both, "T3.R03.C7", "T3.R04.C7"), sum(both, "T3.R24.C7"));
        assertRatio(
                whole.get("诉讼纠错率"),
                sum(both, "T4.LD.2", "T4.LR.2"),
                sum(both, "T4.LD.1", "T4.LD.2", "T4.LD.3", "T4.LR.1", "T4.LR.2", "T4.LR.3"));
        assertThat((Double) whole.get("咨询合计")).isEqualTo(sum(both, "T1.B04.V").doubleValue());
    }

    @Test
    void theCityAgainstAPreviousMonthLikeForLikeWithAZeroDenominatorAndAMonthNeverRun() throws Exception {
        var city = ReportWorkbook.table(output("对比分析.xlsx"), "全市", "指标");
        Map<String, Object> completion = city.get("办结率");
        assertThat(completion)
                .as("a month never run is no table")
                .containsOnlyKeys("可比单位\n本期", "可比单位\n上期", "环比\n（可比口径）", "全部纳入单位\n本期", "全部纳入单位\n上期", "环比\n（全部单位，参考）");
        assertThat(completion.get("可比单位\n上期")).isEqualTo("—（分母为0）");
        assertThat(completion.get("环比\n（可比口径）")).isEqualTo("—");
        assertThat(ReportPdf.read(output("对比分析.pdf")).text()).contains("去年同期：2025年10月，没有汇总数据");
        Map<String, Object> received = city.get("新收申请（件）");
        assertThat(received.get("可比单位\n上期")).isEqualTo(0.0);
        assertThat(received.get("环比\n（可比口径）")).isEqualTo("—（基数为0）");
        assertThat(city.get("纳入汇总的单位（个）"))
                .containsEntry("可比单位\n本期", 1.0)
                .containsEntry("全部纳入单位\n本期", 2.0)
                .containsEntry("全部纳入单位\n上期", 1.0);
        Map<String, Object> proactive = city.get("主动公开合计");
        double east = sum(dongcheng, "T1.A09.K1").doubleValue();
        double all = east + sum(commerce, "T1.A09.K1").doubleValue();
        double before = ConsistentValues.monthly(31).get("T1.A09.K1").doubleValue();
        assertThat((Double) proactive.get("可比单位\n本期"))
                .as("only 东城区 was counted in both months")
                .isEqualTo(east);
        assertThat((Double) proactive.get("环比\n（可比口径）")).isCloseTo((east - before) / before, within(1e-9));
        assertThat((Double) proactive.get("全部纳入单位\n本期")).isEqualTo(all);
        assertThat((Double) proactive.get("环比\n（全部单位，参考）")).isCloseTo((all - before) / before, within(1e-9));
        var countyChanges = ReportWorkbook.table(output("对比分析.xlsx"), "区县增减", "区县（可比/应报）");
        assertThat(ReportWorkbook.rowStartingWith(countyChanges, "市本级（可比 0/1）").get("主动公开合计"))
                .isEqualTo("—（无可比单位）");
        assertThat((Double) ReportWorkbook.rowStartingWith(countyChanges, "东城区（可比 1/1）")
                        .get("主动公开合计"))
                .isCloseTo((east - before) / before, within(1e-9));
    }

    @Test
    void coverageTellsAScopeWithoutCountedUnitsFromZeros() throws Exception {
        Map<String, String> counted = new HashMap<>();
        for (var row : WORK.csv(OCTOBER, "coverage.csv")) {
            counted.put(
                    row.get("scope") + ":" + row.get("scope_code"),
                    row.get("units_due") + "/" + row.get("units_counted"));
        }
        assertThat(counted)
                .containsEntry("COUNTY:990103", "1/0")
                .containsEntry("COUNTY:990102", "1/1")
                .containsEntry("CATEGORY:司法", "1/0")
                .containsEntry("CATEGORY:商务", "1/1")
                .containsEntry("CITY:990100", "3/2")
                .hasSize(7);
        assertThat(WORK.csv(OCTOBER, "consolidated.csv"))
                .as("the zeros of 西城区 stay as contracts.md lists them")
                .anySatisfy(r -> assertThat(r.get("scope_code")).isEqualTo("990103"));
    }

    @Test
    void everyPdfShowsItsChineseTextInTheEmbeddedFont() throws Exception {
        for (String name : List.of("汇总报告.pdf", "对比分析.pdf")) {
            ReportPdf pdf = ReportPdf.read(output(name));
            assertThat(pdf.text()).as(name).contains("示例市", "东城区", "西城区", "市本级");
            assertThat(pdf.fonts())
                    .as(name)
                    .isNotEmpty()
                    .allSatisfy(font -> assertThat(font).contains("NotoSansCJKsc"));
            assertThat(pdf.fontsNotEmbedded()).as(name).isEmpty();
        }
        assertThat(ReportPdf.read(output("对比分析.pdf")).text()).contains("办结率", "—（分母为0）", "—（无纳入单位）");
        assertThat(ReportPdf.read(output("汇总报告.pdf")).text()).contains("西城区司法局", "未报送", "收到和处理政府信息公开申请情况");
    }

    @Test
    void theSummaryPdfIsIssuedWithACoverBookmarksPerScopeAndTheFormsLayouts() throws Exception {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(output("汇总报告.pdf").toFile())) {
            List<String> scopes = new java.util.ArrayList<>();
            for (var item = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
                    item != null;
                    item = item.getNextSibling()) {
                scopes.add(item.getTitle());
            }
            assertThat(scopes).startsWith("汇总范围", "全市").contains("东城区", "西城区", "市本级", "按单位类别和渠道");
            var city = pdf.getDocumentCatalog()
                    .getDocumentOutline()
                    .getFirstChild()
                    .getNextSibling();
            List<String> tables = new java.util.ArrayList<>();
            for (var item = city.getFirstChild(); item != null; item = item.getNextSibling()) {
                tables.add(item.getTitle());
            }
            assertThat(tables).hasSize(4).allSatisfy(t -> assertThat(t).startsWith("表"));
            assertThat(pdf.getNumberOfPages())
                    .as(
                            "a cover, the coverage, two pages for each of three counted scopes, one for the scope without units, the categories")
                    .isLessThanOrEqualTo(1 + 1 + 3 * 2 + 1 + 1);
            String cover = new org.apache.pdfbox.text.PDFTextStripper() {
                {
                    setStartPage(1);
                    setEndPage(1);
                }
            }.getText(pdf);
            assertThat(cover).contains("示例市人民政府办公室").containsPattern("20\\d\\d年\\d{1,2}月\\d{1,2}日");
        }
        String text = ReportPdf.read(output("汇总报告.pdf")).text();
        assertThat(text).doesNotContain("重新运行").contains("法人或其他组织", "未经复议直接起诉", "复议后起诉");
        assertThat(text.lines())
                .noneMatch(line -> line.startsWith("，") || line.startsWith("。") || line.startsWith("）"));
    }

    @Test
    void theSummaryWorkbookListsTheUnitsLeftOutByNameAndStatus() throws Exception {
        var leftOut = ReportWorkbook.table(output("汇总表.xlsx"), "说明", "单位名称");
        assertThat(leftOut).containsOnlyKeys("西城区司法局");
        assertThat(leftOut.get("西城区司法局")).containsEntry("区县", "西城区").containsEntry("情况", "未报送");
        var counties = ReportWorkbook.table(output("汇总表.xlsx"), "说明", "区县");
        assertThat(counties.get("全市"))
                .containsEntry("应报单位", 3.0)
                .containsEntry("纳入汇总", 2.0)
                .containsEntry("未报送", 1.0);
    }

    private static void assertRatio(Object cell, BigDecimal numerator, BigDecimal denominator) {
        assertThat(denominator.signum()).as("the fixture has a denominator").isPositive();
        assertThat(cell).isInstanceOf(Double.class);
        assertThat((Double) cell).isCloseTo(numerator.doubleValue() / denominator.doubleValue(), within(1e-9));
    }

    private static BigDecimal sum(Map<String, BigDecimal> values, String... items) {
        BigDecimal total = BigDecimal.ZERO;
        for (String item : items) {
            total = total.add(values.get(item));
        }
        return total;
    }

    /** The values with no application at all: 表三 and the application channels of 表一 are zero. */
    private static Map<String, BigDecimal> withoutApplications(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> zeroed = new LinkedHashMap<>(values);
        zeroed.replaceAll((item, value) -> item.startsWith("T3.") || item.startsWith("T1.D") ? BigDecimal.ZERO : value);
        return zeroed;
    }

    private static Path output(String name) {
        return WORK.output(OCTOBER, name);
    }
}
