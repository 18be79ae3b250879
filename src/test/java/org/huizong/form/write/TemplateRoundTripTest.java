package org.huizong.form.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.FormCatalog;
import org.huizong.form.FormDescriptor;
import org.huizong.form.InfoField;
import org.huizong.form.ValueType;
import org.huizong.form.read.ItemCell;
import org.huizong.form.read.ParsedValue;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.ValueParser;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.form.read.WorkbookLimits;
import org.huizong.form.read.WorkbookReading;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A template filled in by hand and read back gives exactly what was typed, for both forms. */
class TemplateRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"GIA-M", "GIA-Y"})
    void whatIsTypedIntoTheTemplateIsWhatIsRead(String formCode) throws Exception {
        FormDescriptor form = FormCatalog.bundled().get(formCode);
        String period = formCode.equals("GIA-M") ? "2026年10月" : "2026年";
        Map<String, String> info = Map.of(
                InfoField.UNIT_NAME,
                FixtureWorkbooks.UNIT,
                InfoField.USCC,
                FixtureWorkbooks.USCC,
                InfoField.COUNTY,
                "东城区",
                InfoField.PERIOD,
                period,
                InfoField.TEMPLATE,
                form.templateVersion());
        Path template = dir.resolve(formCode + ".xlsx");
        new FormWorkbookWriter().write(form, FilledForm.blank(info), WriteOptions.official(), template);

        Map<String, BigDecimal> typed = new LinkedHashMap<>();
        Random random = new Random(formCode.hashCode());
        FixtureWorkbooks.edit(template, workbook -> {
            for (SheetPlan plan : new FormLayout().plan(form)) {
                Sheet sheet = workbook.getSheet(plan.name());
                for (ValueSlot slot : plan.slots()) {
                    Cell cell = sheet.getRow(slot.row()).getCell(slot.column());
                    assertThat(cell.getCellType())
                            .as("template input cells start blank")
                            .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
                    BigDecimal value = slot.item().type() == ValueType.AMOUNT
                            ? new BigDecimal(random.nextInt(100000))
                                    .movePointLeft(2)
                                    .stripTrailingZeros()
                            : BigDecimal.valueOf(random.nextInt(900));
                    cell.setCellValue(value.doubleValue());
                    typed.put(slot.item().code(), value.scale() < 0 ? value.setScale(0) : value);
                }
            }
        });

        WorkbookReading reading =
                new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(template, form);
        assertThat(reading.problems()).isEmpty();
        Map<String, BigDecimal> read = new LinkedHashMap<>();
        ValueParser parser = new ValueParser();
        for (ItemCell cell : reading.cells()) {
            ParsedValue parsed = parser.parse(cell.cell(), cell.item().type());
            read.put(cell.item().code(), parsed.value());
        }
        assertThat(read).hasSize(form.items().size()).isEqualTo(typed);
        assertThat(reading.infoText(InfoField.UNIT_NAME)).isEqualTo(FixtureWorkbooks.UNIT);
        assertThat(reading.infoText(InfoField.PERIOD)).isEqualTo(period);
        assertThat(reading.infoText(InfoField.TEMPLATE)).isEqualTo(form.templateVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIA-M", "GIA-Y"})
    void theTemplateWritesEveryLabelVerbatim(String formCode) throws Exception {
        FormDescriptor form = FormCatalog.bundled().get(formCode);
        Path template = dir.resolve(formCode + "-labels.xlsx");
        new FormWorkbookWriter().write(form, FilledForm.blank(Map.of()), WriteOptions.official(), template);
        java.util.Set<String> texts = new java.util.HashSet<>();
        FixtureWorkbooks.edit(
                template,
                workbook -> workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }))));
        form.items().forEach(item -> {
            assertThat(texts).containsAll(item.row().path());
            assertThat(texts).containsAll(item.column().path());
        });
        form.sheets().forEach(sheet -> assertThat(texts).contains(sheet.title()));
        assertThat(texts).contains("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3.危及“三安全一稳定”");
    }

    /**
     * The template a bureau downloads keeps it from the usual mistakes and still reads back clean: no problem, every
     * value 0; its totals' formulas carry their results, so they read as values (a V04 note, which is the office's
     * only: the bureau's 问题清单 leaves notes out).
     */
    @org.junit.jupiter.api.Test
    void theBureausTemplateExplainsValidatesProtectsAndReadsBackClean() throws Exception {
        FormDescriptor form = FormCatalog.bundled().get("GIA-M");
        Map<String, String> info = Map.of(
                InfoField.UNIT_NAME,
                FixtureWorkbooks.UNIT,
                InfoField.USCC,
                FixtureWorkbooks.USCC,
                InfoField.COUNTY,
                "东城区",
                InfoField.PERIOD,
                "2026年10月",
                InfoField.TEMPLATE,
                form.templateVersion());
        Path template = dir.resolve("template.xlsx");
        new FormWorkbookWriter().writeTemplate(form, info, 5, template);

        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(template.toFile(), null, true)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("填报说明");
            StringBuilder instructions = new StringBuilder();
            workbook.getSheetAt(0)
                    .forEach(row -> row.forEach(
                            cell -> instructions.append(cell.toString()).append('\n')));
            assertThat(instructions).contains("没有发生的填0", "表四为本年累计数", "万元", "每月5日前");
            var table3 = (org.apache.poi.xssf.usermodel.XSSFSheet) workbook.getSheet("表三");
            assertThat(table3.isSheetLocked()).isTrue();
            assertThat(table3.getDataValidations())
                    .isNotEmpty()
                    .allSatisfy(v -> assertThat(v.getValidationConstraint().getValidationType())
                            .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.INTEGER));
            SheetPlan plan = new FormLayout()
                    .plan(form).stream()
                            .filter(p -> p.sheetCode().equals("T3"))
                            .findFirst()
                            .orElseThrow();
            int formulas = 0;
            for (ValueSlot slot : plan.slots()) {
                Cell cell = table3.getRow(slot.row()).getCell(slot.column());
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    formulas++;
                    assertThat(cell.getCellStyle().getLocked()).isTrue();
                    assertThat(cell.getCachedFormulaResultType())
                            .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                } else {
                    assertThat(cell.getCellStyle().getLocked())
                            .as(slot.item().code() + " is open to type in")
                            .isFalse();
                }
            }
            assertThat(formulas).as("表三's totals are formulas of their parts").isGreaterThan(20);
            PlannedCell label = plan.labels().stream()
                    .filter(l -> l.role() == CellRole.ROW_LABEL)
                    .findFirst()
                    .orElseThrow();
            assertThat(table3.getRow(label.row())
                            .getCell(label.column())
                            .getCellStyle()
                            .getLocked())
                    .isTrue();
        }

        WorkbookReading reading =
                new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(template, form);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.cells()).hasSize(form.items().size());
        ValueParser parser = new ValueParser();
        for (ItemCell cell : reading.cells()) {
            ParsedValue parsed = parser.parse(cell.cell(), cell.item().type());
            assertThat(parsed.value()).as(cell.item().code()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(parsed.outcome().isAccepted()).isTrue();
        }
        assertThat(reading.infoText(InfoField.UNIT_NAME)).isEqualTo(FixtureWorkbooks.UNIT);
    }
}
