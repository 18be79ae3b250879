package org.huizong.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.FormDescriptor;
import org.huizong.form.InfoField;
import org.huizong.form.ReportPeriod;
import org.huizong.form.read.ItemCell;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.form.read.WorkbookLimits;
import org.huizong.form.read.WorkbookReading;
import org.huizong.form.write.FormWorkbookWriter;
import org.huizong.form.write.WriteOptions;
import org.huizong.unit.UnitDirectory;
import org.huizong.unit.UnitDirectoryCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules.md, sections File and structure, Cell values, Identities, and P-CARRY: one fixture workbook per rule. */
class SubmissionRulesTest {

    private static final FormDescriptor FORM = FixtureWorkbooks.monthlyForm();
    private static final ReportPeriod OCTOBER = ReportPeriod.month(YearMonth.of(2026, 10));

    @TempDir
    Path dir;

    private Map<String, BigDecimal> values = new LinkedHashMap<>(ConsistentValues.monthly(11));
    private final Map<String, String> raw = new LinkedHashMap<>();
    private final Map<String, String> info = FixtureWorkbooks.info("2026年10月");
    private AcceptedHistory history = AcceptedHistory.none();

    @Test
    void aConsistentWorkbookHasNoFinding() throws Exception {
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings()).isEmpty();
        assertThat(result.checked().status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(result.checked().values()).isEqualTo(values);
        assertThat(result.checked().unit().uscc()).isEqualTo(FixtureWorkbooks.USCC);
    }

    @Test
    void V01NotANumber() throws Exception {
        raw.put("T3.R03.C1", "约20");
        assertFindings(check(WriteOptions.official()), "V01@T3.R03.C1");
    }

    @Test
    void V02Negative() throws Exception {
        raw.put("T2.G3.M4", "-3");
        assertFindings(check(WriteOptions.official()), "V02@T2.G3.M4");
    }

    @Test
    void V03FractionInACountAndTooManyDecimalsInAnAmount() throws Exception {
        raw.put("T1.B01.V", "12.5");
        raw.put("T2.G6.M5", "1.23456");
        assertFindings(check(WriteOptions.official()), "V03@T1.B01.V", "V03@T2.G6.M5");
    }

    @Test
    void V04NormalisedValuesAreInfoAndAccepted() throws Exception {
        raw.put("T2.G3.M4", toFullWidth(values.get("T2.G3.M4").toPlainString()) + "件");
        Result result = check(WriteOptions.official());
        assertFindings(result, "V04@T2.G3.M4");
        assertThat(result.checked().findings().get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(result.checked().status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(result.checked().values()).isEqualTo(values);
    }

    @Test
    void T1SumCategoryTotal() throws Exception {
        add("T1.A09.K3", 1);
        assertFindings(check(WriteOptions.official()), "T1-SUM@T1.A09.K3");
    }

    @Test
    void T1DedupDistinctItemsBelowTheLargestChannel() throws Exception {
        BigDecimal largest = values.get("T1.A01.K2").max(values.get("T1.A01.K3")).max(values.get("T1.A01.K4"))
                .max(values.get("T1.A01.K5")).max(values.get("T1.A01.K6"));
        BigDecimal drop = values.get("T1.A01.K1").subtract(largest).add(BigDecimal.ONE);
        add("T1.A01.K1", -drop.intValue());
        add("T1.A09.K1", -drop.intValue());
        assertFindings(check(WriteOptions.official()), "T1-DEDUP@T1.A01.K1");
    }

    @Test
    void T1ConsBlankTotalOverNonZeroParts() throws Exception {
        values.remove("T1.B04.V");
        values.put("T1.B01.V", BigDecimal.valueOf(5));
        Result result = check(WriteOptions.official());
        assertFindings(result, "T1-CONS@T1.B04.V");
        Finding finding = result.checked().findings().get(0);
        assertThat(finding.left()).isEqualByComparingTo("0");
        assertThat(finding.right()).isEqualByComparingTo(values.get("T1.B01.V").add(values.get("T1.B02.V")).add(values.get("T1.B03.V")));
    }

    @Test
    void T1ChanApplicationChannels() throws Exception {
        add("T1.D01.V", 1);
        assertFindings(check(WriteOptions.official()), "T1-CHAN@T1.D06.V");
    }

    @Test
    void XApplyTable1AgainstTable3() throws Exception {
        add("T1.D01.V", 1);
        add("T1.D06.V", 1);
        assertFindings(check(WriteOptions.official()), "X-APPLY@T1.D06.V");
    }

    @Test
    void T3ColApplicantKinds() throws Exception {
        String donor = java.util.stream.IntStream.rangeClosed(4, 23).mapToObj(r -> String.format("T3.R%02d.C1", r))
                .filter(item -> values.get(item).signum() > 0).findFirst().orElseThrow();
        add("T3.R03.C1", 1);
        add(donor, -1);
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings()).extracting(Finding::rule).containsOnly("T3-COL").hasSizeGreaterThanOrEqualTo(2);
        assertThat(result.checked().findings()).extracting(Finding::cell).contains(cellOf(result, "T3.R03.C7"));
    }

    @Test
    void T3SumHandlingResults() throws Exception {
        String column = columnWithPending();
        add("T3.R24." + column, 1);
        add("T3.R25." + column, -1);
        add("T3.R24.C7", 1);
        add("T3.R25.C7", -1);
        assertFindings(check(WriteOptions.official()), "T3-SUM@T3.R24." + column, "T3-SUM@T3.R24.C7");
    }

    @Test
    void T3BalReceivedAndCarriedAgainstSettledAndPending() throws Exception {
        add("T3.R01.C1", 1);
        add("T3.R01.C7", 1);
        add("T1.D01.V", 1);
        add("T1.D06.V", 1);
        Result result = check(WriteOptions.official());
        assertFindings(result, "T3-BAL@T3.R01.C1", "T3-BAL@T3.R01.C7");
        Finding finding = result.checked().findings().get(0);
        assertThat(finding.left().subtract(finding.right())).isEqualByComparingTo("1");
        assertThat(finding.rowLabel()).isEqualTo("一、本期新收政府信息公开申请数量");
        assertThat(finding.columnLabel()).isEqualTo("申请人情况/自然人");
        assertThat(finding.message()).contains("自然人").contains("相差1");
    }

    @Test
    void T4SumReviewAndLitigation() throws Exception {
        add("T4.LD.5", 1);
        assertFindings(check(WriteOptions.official()), "T4-SUM@T4.LD.5");
    }

    @Test
    void PCarryOpeningAgainstLastMonthsClosing() throws Exception {
        Map<String, BigDecimal> september = new LinkedHashMap<>(values);
        for (String column : List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7")) {
            september.put("T3.R25." + column, values.get("T3.R02." + column));
        }
        september.put("T3.R25.C1", values.get("T3.R02.C1").add(BigDecimal.valueOf(2)));
        september.put("T3.R25.C7", values.get("T3.R02.C7").add(BigDecimal.valueOf(2)));
        history = new MapHistory(Map.of("2026-09", september));
        Result result = check(WriteOptions.official());
        assertFindings(result, "P-CARRY@T3.R02.C1", "P-CARRY@T3.R02.C7");
        assertThat(result.checked().findings().get(0).message()).contains("2026年9月");
    }

    @Test
    void PCarryInJanuaryLooksAtDecember() throws Exception {
        info.put(InfoField.PERIOD, "2026年1月");
        Map<String, BigDecimal> december = new LinkedHashMap<>(values);
        closeCarryOver(december);
        december.put("T3.R25.C2", values.get("T3.R02.C2").add(BigDecimal.ONE));
        december.put("T3.R25.C7", values.get("T3.R02.C7").add(BigDecimal.ONE));
        history = new MapHistory(Map.of("2025-12", december));
        Path file = new FixtureWorkbooks(dir).monthly("january-carry", info, values, raw, WriteOptions.official());
        WorkbookReading reading = new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(file, FORM);
        SubmissionContext january = new SubmissionContext(FORM, ReportPeriod.parse("2026-01"),
                context("东城区/january.xlsx").directory(), "东城区/january.xlsx", history);
        assertThat(withHistory(new SubmissionValidator().validate(reading, january), january).findings())
                .extracting(Finding::rule, Finding::columnLabel)
                .containsExactlyInAnyOrder(tuple("P-CARRY", "申请人情况/法人或其他组织/商业企业"), tuple("P-CARRY", "申请人情况/总计"));
    }

    @Test
    void PCarryIsNotCheckedWithoutAnAcceptedPreviousPeriod() throws Exception {
        Map<String, BigDecimal> august = new LinkedHashMap<>(values);
        august.put("T3.R25.C1", values.get("T3.R02.C1").add(BigDecimal.TEN));
        history = new MapHistory(Map.of("2026-08", august));
        assertThat(check(WriteOptions.official()).checked().findings()).extracting(Finding::rule).doesNotContain("P-CARRY");
    }

    @Test
    void QStockNegMoreIssuedThanCanBeInForce() throws Exception {
        values.put("T2.G2.M1", BigDecimal.valueOf(3));
        values.put("T2.G2.M2", BigDecimal.ZERO);
        values.put("T2.G2.M3", BigDecimal.valueOf(2));
        values.put("T1.A02.K1", values.get("T1.A02.K1").max(BigDecimal.valueOf(3)));
        Result result = check(WriteOptions.official());
        assertFindings(result, "Q-STOCK-NEG@T2.G2.M3");
        assertThat(result.checked().status()).isEqualTo(SubmissionStatus.ACCEPTED_WITH_WARNINGS);
    }

    @Test
    void QColshiftResearchInstitutionsAboveNaturalPersons() throws Exception {
        int moved = values.get("T3.R25.C1").intValue() + 1;
        for (String item : List.of("T3.R25.C3", "T3.R25.C7", "T3.R01.C3", "T3.R01.C7", "T1.D01.V", "T1.D06.V")) {
            add(item, moved);
        }
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings()).extracting(Finding::rule).containsOnly("Q-COLSHIFT");
        assertThat(result.checked().findings()).extracting(f -> f.rule() + "@" + itemAt(result, f)).contains("Q-COLSHIFT@T3.R25.C1");
    }

    @Test
    void XNormsNewDocumentsNotPublished() throws Exception {
        values.put("T2.G2.M1", values.get("T1.A02.K1").add(BigDecimal.ONE));
        values.put("T2.G2.M3", values.get("T2.G2.M3").add(values.get("T2.G2.M1")));
        assertFindings(check(WriteOptions.official()), "X-NORMS@T1.A02.K1");
    }

    @Test
    void QGuizhangRegulationsBelowTheCityLevel() throws Exception {
        values.put("T2.G1.M3", BigDecimal.ONE);
        assertFindings(check(WriteOptions.official()), "Q-GUIZHANG@T2.G1.M3");
    }

    @Test
    void PStockStockThatDoesNotFollowItsFlows() throws Exception {
        Map<String, BigDecimal> september = new LinkedHashMap<>(values);
        september.put("T2.G2.M3", values.get("T2.G2.M3").subtract(values.get("T2.G2.M1")).add(values.get("T2.G2.M2")).add(BigDecimal.TEN));
        closeCarryOver(september);
        history = new MapHistory(Map.of("2026-09", september));
        Result result = check(WriteOptions.official());
        assertFindings(result, "P-STOCK@T2.G2.M3");
        assertThat(result.checked().findings().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void PYtdCasesToDateDecrease() throws Exception {
        Map<String, BigDecimal> september = new LinkedHashMap<>(values);
        september.put("T4.RV.5", values.get("T4.RV.5").add(BigDecimal.ONE));
        september.put("T4.RV.1", values.get("T4.RV.1").add(BigDecimal.ONE));
        closeCarryOver(september);
        history = new MapHistory(Map.of("2026-09", september));
        assertFindings(check(WriteOptions.official()), "P-YTD@T4.RV.5");
    }

    @Test
    void PYtdStartsAgainInJanuary() throws Exception {
        info.put(InfoField.PERIOD, "2026年1月");
        Map<String, BigDecimal> december = new LinkedHashMap<>(values);
        december.put("T4.RV.5", values.get("T4.RV.5").add(BigDecimal.TEN));
        december.put("T4.RV.1", values.get("T4.RV.1").add(BigDecimal.TEN));
        closeCarryOver(december);
        history = new MapHistory(Map.of("2025-12", december));
        Path file = new FixtureWorkbooks(dir).monthly("january", info, values, raw, WriteOptions.official());
        WorkbookReading reading = new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(file, FORM);
        SubmissionContext january = new SubmissionContext(FORM, ReportPeriod.parse("2026-01"),
                context("东城区/january.xlsx").directory(), "东城区/january.xlsx", history);
        assertThat(withHistory(new SubmissionValidator().validate(reading, january), january).findings()).isEmpty();
    }

    @Test
    void PSameEveryValueAsLastMonth() throws Exception {
        history = new MapHistory(Map.of("2026-09", new LinkedHashMap<>(values)));
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings()).extracting(Finding::rule).contains("P-SAME");
    }

    @Test
    void POutlierFarOutsideTheUnitsOwnHistoryWithTheHistoryInTheMessage() throws Exception {
        history = new MapHistory(historyOf("T3.R01.C7", 10, 12, 11, 9, 10, 13));
        values.put("T3.R01.C7", values.get("T3.R01.C7"));
        Result result = check(WriteOptions.official());
        BigDecimal applications = values.get("T3.R01.C7");
        boolean far = Math.abs(0.6745 * (applications.doubleValue() - 10.5) / 1.0) > 3.5;
        assertThat(far).as("fixture's applications are far from 10.5").isTrue();
        assertThat(result.checked().findings()).filteredOn(f -> f.rule().equals("P-OUTLIER")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("近6期：10、12、11、9、10、13").contains("中位数10.5"));
    }

    @Test
    void POutlierNeedsSixPeriodsOfHistory() throws Exception {
        history = new MapHistory(historyOf("T3.R01.C7", 10, 12, 11, 9, 10));
        assertThat(check(WriteOptions.official()).checked().findings()).extracting(Finding::rule).doesNotContain("P-OUTLIER");
    }

    @Test
    void PFeeUnitYuanTypedIntoAWanYuanCell() throws Exception {
        history = new MapHistory(historyOf("T2.G6.M5", 1, 2, 1));
        values.put("T2.G6.M5", new BigDecimal("1500"));
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings()).extracting(f -> f.rule() + "@" + itemAt(result, f)).contains("P-FEE-UNIT@T2.G6.M5");
    }

    @Test
    void F01RandomBytesRenamedXlsx() throws Exception {
        Path file = dir.resolve("garbage.xlsx");
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertRejected(file, "F01");
    }

    @Test
    void F01CsvRenamedXlsx() throws Exception {
        Path file = dir.resolve("table.xlsx");
        Files.writeString(file, "填报单位,东城区市场监督管理局\n表三,1,2,3\n");
        assertRejected(file, "F01");
    }

    @Test
    void F01PasswordProtectedWorkbook() throws Exception {
        Path plain = new FixtureWorkbooks(dir).monthly("plain", values, raw, WriteOptions.official());
        Path encrypted = dir.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (var out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (var out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        Result result = assertRejected(encrypted, "F01");
        assertThat(result.checked().findings().get(0).message()).contains("密码");
    }

    @Test
    void F01MacroWorkbookRenamedXlsx() throws Exception {
        Path file = dir.resolve("macro.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/vbaProject.bin"));
            zip.write(new byte[] {1, 2, 3});
        }
        Result result = assertRejected(file, "F01");
        assertThat(result.checked().findings().get(0).message()).contains("宏");
    }

    @Test
    void F02FileLargerThanTheLimit() throws Exception {
        Path file = new FixtureWorkbooks(dir).monthly("big", values, raw, WriteOptions.official());
        WorkbookLimits small = new WorkbookLimits(Files.size(file) - 1, 1L << 30, 100, 50, 5000, 200_000);
        Result result = assertRejected(file, "F02", small);
        assertThat(result.checked().findings().get(0).message()).contains("文件大小");
    }

    @Test
    void F02TooManySheets() throws Exception {
        Path file = new FixtureWorkbooks(dir).monthly("sheets", values, raw, WriteOptions.official());
        FixtureWorkbooks.edit(file, wb -> {
            for (int i = 0; i < 60; i++) {
                wb.createSheet("附表" + i);
            }
        });
        assertThat(assertRejected(file, "F02").checked().findings().get(0).message()).contains("工作表");
    }

    @Test
    void F02SheetWithTooManyRows() throws Exception {
        Path file = new FixtureWorkbooks(dir).monthly("rows", values, raw, WriteOptions.official());
        FixtureWorkbooks.edit(file, wb -> wb.getSheet("表三").createRow(1_048_000).createCell(0).setCellValue("x"));
        assertThat(assertRejected(file, "F02").checked().findings().get(0).message()).contains("行");
    }

    @Test
    void F02ZipBombIsRefusedWithoutInflatingIt() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        assertThat(Files.size(file)).isLessThan(200_000);
        assertThat(assertRejected(file, "F02").checked().findings().get(0).message()).contains("压缩");
    }

    @Test
    void F03NoSheetOfTheForm() throws Exception {
        Path file = dir.resolve("staff.xlsx");
        new FormWorkbookWriter().writeTable("人员名单", List.of(List.of("姓名", "岗位"), List.of("李四", "科员")), file);
        assertRejected(file, "F03");
    }

    @Test
    void F04UnitNotInTheDirectory() throws Exception {
        info.put(InfoField.UNIT_NAME, "北岭县文化馆");
        info.put(InfoField.USCC, "12990105MB00000313");
        Result result = check(WriteOptions.official());
        assertFindings(result, "F04@");
        assertThat(result.checked().status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(result.checked().values()).isEmpty();
    }

    @Test
    void unitIdentifiedByAliasWithoutUscc() throws Exception {
        info.remove(InfoField.USCC);
        info.put(InfoField.UNIT_NAME, "东城区市监局");
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings()).isEmpty();
        assertThat(result.checked().unit().uscc()).isEqualTo(FixtureWorkbooks.USCC);
    }

    @Test
    void unitIdentifiedByFolderWhenTheWorkbookNamesNone() throws Exception {
        info.remove(InfoField.USCC);
        info.remove(InfoField.UNIT_NAME);
        Path file = new FixtureWorkbooks(dir).monthly("anonymous", info, values, raw, WriteOptions.official());
        CheckedSubmission checked = validate(file, "东城区/东城区市场监督管理局/anonymous.xlsx");
        assertThat(checked.findings()).isEmpty();
        assertThat(checked.unit().name()).isEqualTo(FixtureWorkbooks.UNIT);
        assertThat(validate(file, "其他/anonymous.xlsx").findings()).extracting(Finding::rule).containsExactly("F04");
    }

    @Test
    void F05UsccCheckCharacterWrong() throws Exception {
        info.put(InfoField.USCC, "11990102MB00000143");
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings()).extracting(Finding::rule, Finding::sheet)
                .containsExactly(tuple("F05", "基本信息"));
        assertThat(result.checked().findings().get(0).message()).contains("“2”");
        assertThat(result.checked().unit().name()).isEqualTo(FixtureWorkbooks.UNIT);
    }

    @Test
    void F06PeriodDiffers() throws Exception {
        info.put(InfoField.PERIOD, "2026年9月");
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings()).extracting(Finding::rule, Finding::sheet, Finding::cell)
                .containsExactly(tuple("F06", "基本信息", "B6"));
    }

    @Test
    void F07RequiredSheetMissing() throws Exception {
        Result result = check(FixtureWorkbooks.options(o -> o.omittedSheets = Set.of("T4")));
        assertThat(result.checked().findings()).extracting(Finding::rule, Finding::sheet).containsExactly(tuple("F07", "表四"));
        assertThat(result.checked().status()).isEqualTo(SubmissionStatus.RETURNED);
    }

    @Test
    void F08RequiredLabelNotFound() throws Exception {
        Result result = check(FixtureWorkbooks.options(o -> o.labelOverrides = Map.of("T3.R04", "（二）部分公开信息")));
        assertThat(result.checked().findings()).extracting(Finding::rule).containsExactly("F08");
        assertThat(result.checked().findings().get(0).message()).contains("部分公开");
    }

    // --- helpers ---

    private record Result(WorkbookReading reading, CheckedSubmission checked) {
    }

    private Result check(WriteOptions options) throws IOException {
        Path file = new FixtureWorkbooks(dir).monthly("case", info, values, raw, options);
        WorkbookReading reading = new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(file, FORM);
        return new Result(reading, withHistory(new SubmissionValidator().validate(reading, context("东城区/case.xlsx")),
                context("东城区/case.xlsx")));
    }

    /** What the job does in two steps: the submission's own checks at ingestion, then those against its history. */
    static CheckedSubmission withHistory(CheckedSubmission checked, SubmissionContext context) {
        if (checked.unit() == null || checked.status() == SubmissionStatus.REJECTED) {
            return checked;
        }
        List<Finding> findings = new java.util.ArrayList<>(checked.findings());
        findings.addAll(new HistoryValidator().check(checked.unit(), context, checked.values(), checked.locations()));
        return new CheckedSubmission(checked.unit(), checked.values(), findings, checked.contactPerson(), checked.contactPhone(),
                checked.justifications(), checked.locations());
    }

    private CheckedSubmission validate(Path file, String relativePath) throws IOException {
        WorkbookReading reading = new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(file, FORM);
        return new SubmissionValidator().validate(reading, context(relativePath));
    }

    private Result assertRejected(Path file, String rule) throws IOException {
        return assertRejected(file, rule, WorkbookLimits.defaults());
    }

    private Result assertRejected(Path file, String rule, WorkbookLimits limits) throws IOException {
        WorkbookReading reading = new SubmissionReader(new WorkbookGridLoader(limits)).read(file, FORM);
        CheckedSubmission checked = new SubmissionValidator().validate(reading, context("东城区/" + file.getFileName()));
        assertThat(checked.findings()).extracting(Finding::rule).containsExactly(rule);
        assertThat(checked.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(checked.values()).isEmpty();
        return new Result(reading, checked);
    }

    private SubmissionContext context(String relativePath) throws IOException {
        UnitDirectory directory = new UnitDirectoryCsv().read(new StringReader(FixtureWorkbooks.UNITS_CSV), "units.csv");
        return new SubmissionContext(FORM, OCTOBER, directory, relativePath, history);
    }

    /** Each expected finding as {@code RULE@ITEM} (or {@code RULE@} for a file-level finding), in any order. */
    private static void assertFindings(Result result, String... expected) {
        List<String> actual = result.checked().findings().stream().map(f -> f.rule() + "@" + itemAt(result, f)).toList();
        assertThat(actual).containsExactlyInAnyOrder(expected);
    }

    private static String itemAt(Result result, Finding finding) {
        return result.reading().cells().stream()
                .filter(c -> c.sheetName().equals(finding.sheet()) && c.address().a1().equals(finding.cell()))
                .map(c -> c.item().code()).findFirst().orElse("");
    }

    private static String cellOf(Result result, String item) {
        return result.reading().cells().stream().filter(c -> c.item().code().equals(item)).map(ItemCell::address)
                .findFirst().orElseThrow().a1();
    }

    /** Earlier months (the newest last) in which only {@code item} varies: for rules that read a series. */
    private Map<String, Map<String, BigDecimal>> historyOf(String item, int... series) {
        Map<String, Map<String, BigDecimal>> months = new LinkedHashMap<>();
        for (int i = 0; i < series.length; i++) {
            Map<String, BigDecimal> month = new LinkedHashMap<>(values);
            month.put(item, BigDecimal.valueOf(series[i]));
            month.put("T4.RV.5", BigDecimal.ZERO);
            month.put("T4.LD.5", BigDecimal.ZERO);
            month.put("T4.LR.5", BigDecimal.ZERO);
            month.put("T2.G2.M3", values.get("T2.G2.M3").subtract(values.get("T2.G2.M1")).add(values.get("T2.G2.M2")));
            month.put("T2.G1.M3", BigDecimal.ZERO);
            closeCarryOver(month);
            months.put(OCTOBER.yearMonth().minusMonths(series.length - i).toString(), month);
        }
        return months;
    }

    /** Makes a previous month close with what this month opens with, so P-CARRY holds. */
    private void closeCarryOver(Map<String, BigDecimal> previous) {
        for (String column : List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7")) {
            previous.put("T3.R25." + column, values.get("T3.R02." + column));
        }
        previous.put("T2.G2.M3", previous.get("T2.G2.M3"));
    }

    private void add(String item, int delta) {
        values.put(item, values.get(item).add(BigDecimal.valueOf(delta)));
    }

    private String columnWithPending() {
        return ConsistentValues.T3_COLUMNS.stream().filter(c -> values.get("T3.R25." + c).signum() > 0).findFirst()
                .orElseThrow(() -> new AssertionError("fixture seed has no pending applications"));
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) (c - '0' + '０') : (char) c));
        return out.toString();
    }
}
