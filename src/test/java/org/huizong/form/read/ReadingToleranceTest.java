package org.huizong.form.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.FormDescriptor;
import org.huizong.form.InfoField;
import org.huizong.form.write.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forms.md "Reading tolerance": each case is a fixture workbook that must read back exactly what was written. */
class ReadingToleranceTest {

    private static final FormDescriptor FORM = FixtureWorkbooks.monthlyForm();
    private static final Map<String, BigDecimal> VALUES = ConsistentValues.monthly(7);

    @TempDir
    Path dir;

    private FixtureWorkbooks fixtures() {
        return new FixtureWorkbooks(dir);
    }

    @Test
    void officialXlsxReadsEveryItemAndTheBasicInformation() throws Exception {
        Path file = fixtures().monthly("official", VALUES, Map.of(), WriteOptions.official());
        WorkbookReading reading = read(file);
        assertThat(valuesOf(reading)).isEqualTo(VALUES);
        assertThat(reading.infoText(InfoField.USCC)).isEqualTo(FixtureWorkbooks.USCC);
        assertThat(reading.infoText(InfoField.UNIT_NAME)).isEqualTo(FixtureWorkbooks.UNIT);
        assertThat(reading.infoText(InfoField.PERIOD)).isEqualTo("2026年10月");
        assertThat(reading.infoText(InfoField.PHONE)).isEqualTo("0990-1234567");
    }

    @Test
    void legacyXls() throws Exception {
        Path file = fixtures().monthly("legacy", VALUES, Map.of(), FixtureWorkbooks.options(o -> o.legacyXls = true));
        assertThat(file.toString()).endsWith(".xls");
        assertReadsExactly(file, VALUES);
    }

    @Test
    void extraTitleRowsBlankRowsAndBlankColumns() throws Exception {
        assertReadsExactly(
                fixtures()
                        .monthly(
                                "shifted",
                                VALUES,
                                Map.of(),
                                FixtureWorkbooks.options(o -> o.blankRowsAndColumns = true)),
                VALUES);
    }

    @Test
    void aRemarkColumnIsIgnored() throws Exception {
        assertReadsExactly(
                fixtures().monthly("remark", VALUES, Map.of(), FixtureWorkbooks.options(o -> o.remarkColumn = true)),
                VALUES);
    }

    @Test
    void sheetsInAnotherOrderAndExtraSheets() throws Exception {
        Path file = fixtures()
                .monthly("reordered", VALUES, Map.of(), FixtureWorkbooks.options(o -> o.reversedSheets = true));
        FixtureWorkbooks.edit(file, wb -> {
            Sheet extra = wb.createSheet("附件 人员名单");
            extra.createRow(0).createCell(0).setCellValue("合计");
            wb.setSheetOrder("附件 人员名单", 0);
        });
        assertReadsExactly(file, VALUES);
    }

    @Test
    void sheetNamesWithPrefixesSuffixesAndDigits() throws Exception {
        Path file = fixtures().monthly("renamed", VALUES, Map.of(), WriteOptions.official());
        FixtureWorkbooks.edit(file, wb -> {
            wb.setSheetName(wb.getSheetIndex("表一"), "表1");
            wb.setSheetName(wb.getSheetIndex("表二"), "（表二）主动公开");
            wb.setSheetName(wb.getSheetIndex("表三"), "表三 申请情况");
            wb.setSheetName(wb.getSheetIndex("表四"), "Sheet5");
        });
        assertReadsExactly(file, VALUES);
    }

    @Test
    void labelsWithSpacesLineBreaksHalfWidthPunctuationAndFullWidthDigits() throws Exception {
        Path file =
                fixtures().monthly("labels", VALUES, Map.of(), FixtureWorkbooks.options(o -> o.halfWidthLabels = true));
        FixtureWorkbooks.edit(file, wb -> {
            replaceText(wb.getSheet("表三"), "1.属于国家秘密", "１．属于 国家秘密");
            replaceText(wb.getSheet("表一"), "政府网站", " 政府\n网站 ");
        });
        assertReadsExactly(file, VALUES);
    }

    @Test
    void anInstructionsSheetBeforeTheBasicInformationDoesNotHideIt() throws Exception {
        Path file = fixtures().monthly("instructions", VALUES, Map.of(), WriteOptions.official());
        FixtureWorkbooks.edit(file, wb -> {
            Sheet instructions = wb.createSheet("填报说明");
            instructions.createRow(0).createCell(0).setCellValue("填报单位：请填写全称");
            wb.setSheetOrder("填报说明", 0);
        });
        assertReadsExactly(file, VALUES);
        assertThat(read(file).infoText(InfoField.UNIT_NAME)).isEqualTo(FixtureWorkbooks.UNIT);
    }

    @Test
    void unmergedGroupLabelsWrittenOnceForTheirGroup() throws Exception {
        Path file = fixtures().monthly("unmerged", VALUES, Map.of(), WriteOptions.official());
        FixtureWorkbooks.edit(
                file,
                wb -> wb.forEach(sheet -> {
                    while (sheet.getNumMergedRegions() > 0) {
                        sheet.removeMergedRegion(0);
                    }
                }));
        assertReadsExactly(file, VALUES);
    }

    @Test
    void numbersWrittenAsTextWithFullWidthDigitsSeparatorsSuffixesAndZeroWords() throws Exception {
        Map<String, BigDecimal> values = new LinkedHashMap<>(VALUES);
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("T1.B01.V", "１２");
        values.put("T1.B01.V", new BigDecimal("12"));
        raw.put("T2.G3.M4", "1,234");
        values.put("T2.G3.M4", new BigDecimal("1234"));
        raw.put("T2.G4.M4", "56件");
        values.put("T2.G4.M4", new BigDecimal("56"));
        raw.put("T2.G6.M5", "3.5万元");
        values.put("T2.G6.M5", new BigDecimal("3.5"));
        for (String[] zero : new String[][] {
            {"T2.G1.M1", "无"},
            {"T2.G1.M2", "—"},
            {"T2.G1.M3", "/"},
            {"T4.RV.1", "／"},
            {"T4.LD.1", "-"},
            {"T4.LR.1", "0"}
        }) {
            raw.put(zero[0], zero[1]);
            values.put(zero[0], BigDecimal.ZERO);
        }
        fixValueTotals(values);
        Path file = fixtures().monthly("texts", values, raw, WriteOptions.official());
        WorkbookReading reading = read(file);
        assertThat(valuesOf(reading)).isEqualTo(values);
        ValueParser parser = new ValueParser();
        for (ItemCell cell : reading.cells()) {
            ValueOutcome outcome = parser.parse(cell.cell(), cell.item().type()).outcome();
            assertThat(outcome)
                    .as(cell.item().code())
                    .isEqualTo(raw.containsKey(cell.item().code()) ? ValueOutcome.NORMALISED : ValueOutcome.PLAIN);
        }
    }

    @Test
    void blankCellsAreZero() throws Exception {
        Map<String, BigDecimal> values = new LinkedHashMap<>(VALUES);
        values.keySet().removeIf(item -> item.startsWith("T4."));
        Path file = fixtures().monthly("blanks", values, Map.of(), WriteOptions.official());
        Map<String, BigDecimal> expected = new LinkedHashMap<>(values);
        FORM.itemCodes().stream().filter(i -> i.startsWith("T4.")).forEach(i -> expected.put(i, BigDecimal.ZERO));
        assertThat(valuesOf(read(file))).isEqualTo(expected);
    }

    @Test
    void formulaTotalsUseTheirCachedResults() throws Exception {
        Path file =
                fixtures().monthly("formulas", VALUES, Map.of(), FixtureWorkbooks.options(o -> o.formulaTotals = true));
        WorkbookReading reading = read(file);
        assertThat(reading.cells())
                .filteredOn(c -> c.cell() != null && c.cell().isFormula())
                .hasSizeGreaterThan(40);
        assertThat(valuesOf(reading)).isEqualTo(VALUES);
    }

    @Test
    void formulasSavedWithoutResultsAreEvaluated() throws Exception {
        Path file = fixtures().monthly("uncached", VALUES, Map.of(), FixtureWorkbooks.options(o -> {
            o.formulaTotals = true;
            o.formulasWithoutCache = true;
        }));
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Cell total = findFormula(workbook.getSheet("表三"));
            assertThat(((XSSFCell) total).getCTCell().isSetV())
                    .as("the fixture really has no cached result")
                    .isFalse();
        }
        assertReadsExactly(file, VALUES);
    }

    @Test
    void basicInformationInATitleRowInsteadOfItsSheet() throws Exception {
        Path file = fixtures()
                .monthly("titlerow", VALUES, Map.of(), FixtureWorkbooks.options(o -> o.infoInTitleRow = true));
        WorkbookReading reading = read(file);
        assertThat(valuesOf(reading)).isEqualTo(VALUES);
        assertThat(reading.infoText(InfoField.UNIT_NAME)).isEqualTo(FixtureWorkbooks.UNIT);
        assertThat(reading.infoText(InfoField.USCC)).isEqualTo(FixtureWorkbooks.USCC);
        assertThat(reading.infoText(InfoField.PERIOD)).isEqualTo("2026年10月");
    }

    @Test
    void theTitleRowStyleOfFormsMd() throws Exception {
        Path file = fixtures()
                .monthly("titlerow2", VALUES, Map.of(), FixtureWorkbooks.options(o -> o.infoInTitleRow = true));
        FixtureWorkbooks.edit(
                file, wb -> wb.getSheet("表三").getRow(1).getCell(0).setCellValue("填报单位：方山县市场监督管理局　　统计期：2026年10月"));
        WorkbookReading reading = read(file);
        assertThat(reading.info().get(InfoField.UNIT_NAME).text()).isIn("方山县市场监督管理局", FixtureWorkbooks.UNIT);
        assertThat(reading.infoText(InfoField.PERIOD)).isEqualTo("2026年10月");
    }

    @Test
    void aMissingLabelIsReportedNotGuessed() throws Exception {
        Path file = fixtures()
                .monthly(
                        "relabelled",
                        VALUES,
                        Map.of(),
                        FixtureWorkbooks.options(o -> o.labelOverrides = Map.of("T3.R04", "（二）部分公开信息")));
        WorkbookReading reading = read(file);
        assertThat(reading.problems())
                .extracting(ReadProblem::kind, ReadProblem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        ReadProblem.Kind.MISSING_LABEL, "三、本期办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
        assertThat(valuesOf(reading))
                .doesNotContainKey("T3.R04.C1")
                .containsEntry("T3.R05.C1", VALUES.get("T3.R05.C1"));
    }

    private static WorkbookReading read(Path file) {
        return new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(file, FORM);
    }

    private static void assertReadsExactly(Path file, Map<String, BigDecimal> expected) {
        WorkbookReading reading = read(file);
        assertThat(reading.problems()).isEmpty();
        assertThat(valuesOf(reading)).isEqualTo(expected);
        assertThat(reading.infoText(InfoField.USCC)).isEqualTo(FixtureWorkbooks.USCC);
    }

    static Map<String, BigDecimal> valuesOf(WorkbookReading reading) {
        ValueParser parser = new ValueParser();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (ItemCell cell : reading.cells()) {
            ParsedValue parsed = parser.parse(cell.cell(), cell.item().type());
            if (parsed.value() != null) {
                values.put(cell.item().code(), parsed.value());
            }
        }
        return values;
    }

    /** The zero words replaced stock and case counts: totals follow so the fixture stays consistent. */
    private static void fixValueTotals(Map<String, BigDecimal> values) {
        for (String group : new String[] {"RV", "LD", "LR"}) {
            BigDecimal total = BigDecimal.ZERO;
            for (int k = 1; k <= 4; k++) {
                total = total.add(values.get("T4." + group + "." + k));
            }
            values.put("T4." + group + ".5", total);
        }
    }

    private static void replaceText(Sheet sheet, String from, String to) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(from)) {
                    cell.setCellValue(to);
                    return;
                }
            }
        }
        throw new AssertionError("label not in fixture: " + from);
    }

    private static Cell findFormula(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no formula in " + sheet.getSheetName());
    }
}
