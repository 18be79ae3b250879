package org.huizong.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.InfoField;
import org.huizong.form.read.WorkbookLimits;
import org.huizong.form.write.FormWorkbookWriter;
import org.huizong.form.write.WriteOptions;
import org.junit.jupiter.api.Test;

/** rules.md "File and structure": one fixture workbook per rule, and how a unit is identified. */
class FileRulesTest extends RuleFixture {

    @Test
    void aConsistentWorkbookHasNoFinding() throws Exception {
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings()).isEmpty();
        assertThat(result.checked().status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(result.checked().values()).isEqualTo(values);
        assertThat(result.checked().unit().uscc()).isEqualTo(FixtureWorkbooks.USCC);
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
        WorkbookLimits small = WorkbookLimits.defaults().withFileBytes(Files.size(file) - 1);
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
        assertThat(assertRejected(file, "F02").checked().findings().get(0).message())
                .contains("工作表");
    }

    @Test
    void F02SheetWithTooManyRows() throws Exception {
        Path file = new FixtureWorkbooks(dir).monthly("rows", values, raw, WriteOptions.official());
        FixtureWorkbooks.edit(
                file, wb -> wb.getSheet("表三").createRow(1_048_000).createCell(0).setCellValue("x"));
        assertThat(assertRejected(file, "F02").checked().findings().get(0).message())
                .contains("行");
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
        assertThat(assertRejected(file, "F02").checked().findings().get(0).message())
                .contains("压缩");
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
        assertThat(validate(file, "其他/anonymous.xlsx").findings())
                .extracting(Finding::rule)
                .containsExactly("F04");
    }

    @Test
    void F05UsccCheckCharacterWrong() throws Exception {
        info.put(InfoField.USCC, "11990102MB00000143");
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings())
                .extracting(Finding::rule, Finding::sheet)
                .containsExactly(tuple("F05", "基本信息"));
        assertThat(result.checked().findings().get(0).message()).contains("“2”");
        assertThat(result.checked().unit().name()).isEqualTo(FixtureWorkbooks.UNIT);
    }

    @Test
    void F06PeriodDiffers() throws Exception {
        info.put(InfoField.PERIOD, "2026年9月");
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings())
                .extracting(Finding::rule, Finding::sheet, Finding::cell)
                .containsExactly(tuple("F06", "基本信息", "B6"));
    }

    @Test
    void F07RequiredSheetMissing() throws Exception {
        Result result = check(FixtureWorkbooks.options(o -> o.omittedSheets = Set.of("T4")));
        assertThat(result.checked().findings())
                .extracting(Finding::rule, Finding::sheet)
                .containsExactly(tuple("F07", "表四"));
        assertThat(result.checked().status()).isEqualTo(SubmissionStatus.RETURNED);
    }

    @Test
    void F08RequiredLabelNotFound() throws Exception {
        Result result = check(FixtureWorkbooks.options(o -> o.labelOverrides = Map.of("T3.R04", "（二）部分公开信息")));
        assertThat(result.checked().findings()).extracting(Finding::rule).containsExactly("F08");
        assertThat(result.checked().findings().get(0).message()).contains("部分公开");
    }
}
