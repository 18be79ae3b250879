package org.huizong.badfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.ss.usermodel.Sheet;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.write.WriteOptions;

/**
 * Workbooks of 东城区市场监督管理局 for 2026年10月 that look odd but are fine and must be read completely with no
 * finding: a wrong but harmless extension, protection without an opening password, a tolerated stray zip entry.
 */
final class ValidWorkbooks {

    /** A valid workbook in the folder and the values it holds. */
    record ValidWorkbook(String name, Map<String, BigDecimal> values) {

        @Override
        public String toString() {
            return name;
        }
    }

    private ValidWorkbooks() {}

    static List<ValidWorkbook> build(Path folder) throws IOException {
        Path scratch = Files.createDirectories(folder.resolve("valid-scratch"));
        FixtureWorkbooks fixtures = new FixtureWorkbooks(scratch);
        List<ValidWorkbook> valid = new ArrayList<>();
        valid.add(write(fixtures, folder, "valid-official.xlsx", 21, WriteOptions.official(), p -> {}));
        valid.add(write(
                fixtures, folder, "valid-legacy.xls", 22, FixtureWorkbooks.options(o -> o.legacyXls = true), p -> {}));
        valid.add(write(
                fixtures,
                folder,
                "valid-biff8-named.xlsx",
                23,
                FixtureWorkbooks.options(o -> o.legacyXls = true),
                p -> {}));
        valid.add(write(fixtures, folder, "valid-ooxml-named.xls", 24, WriteOptions.official(), p -> {}));
        valid.add(write(
                fixtures,
                folder,
                "valid-sheets-protected.xlsx",
                25,
                WriteOptions.official(),
                p -> FixtureWorkbooks.edit(p, wb -> wb.forEach(sheet -> sheet.protectSheet("x")))));
        valid.add(write(
                fixtures,
                folder,
                "valid-workbook-protected.xls",
                26,
                FixtureWorkbooks.options(o -> o.legacyXls = true),
                ValidWorkbooks::encryptWithDefaultPassword));
        valid.add(write(
                fixtures,
                folder,
                "valid-extra-sheet-1-first.xlsx",
                27,
                WriteOptions.official(),
                p -> FixtureWorkbooks.edit(p, wb -> {
                    wb.createSheet("工作表1").createRow(0).createCell(0).setCellValue("草稿");
                    wb.setSheetOrder("工作表1", 0);
                })));
        valid.add(write(
                fixtures,
                folder,
                "valid-instructions-first.xls",
                28,
                FixtureWorkbooks.options(o -> o.legacyXls = true),
                p -> FixtureWorkbooks.edit(p, wb -> {
                    org.apache.poi.ss.usermodel.Sheet notes = wb.createSheet("附表1 填报说明");
                    notes.createRow(0).createCell(0).setCellValue("表一 主动公开及咨询情况：没有发生的填0，合计由各项相加");
                    notes.createRow(1).createCell(0).setCellValue("合计");
                    wb.setSheetOrder("附表1 填报说明", 0);
                })));
        valid.add(write(
                fixtures,
                folder,
                "valid-empty-styled-row.xlsx",
                29,
                WriteOptions.official(),
                p -> FixtureWorkbooks.edit(
                        p, wb -> wb.getSheet("表一").createRow(5999).setHeightInPoints(20))));
        Path zipSlip = folder.resolve("valid-zip-slip.xlsx");
        HostileFiles.pathTraversal(zipSlip, new SourceWorkbooks(scratch.resolve("sources")));
        valid.add(new ValidWorkbook(zipSlip.getFileName().toString(), SourceWorkbooks.values()));
        return valid;
    }

    @FunctionalInterface
    private interface Change {
        void apply(Path file) throws IOException;
    }

    private static ValidWorkbook write(
            FixtureWorkbooks fixtures, Path folder, String name, long seed, WriteOptions options, Change change)
            throws IOException {
        Map<String, BigDecimal> values = ConsistentValues.monthly(seed);
        Path written = fixtures.monthly("seed" + seed, values, Map.of(), options);
        change.apply(written);
        Files.move(written, folder.resolve(name));
        return new ValidWorkbook(name, values);
    }

    /**
     * Excel encrypts an .xls whose structure is protected with its built-in password "VelvetSweatshop": the file
     * opens without asking for a password, so it is not password-protected in the sense of F01.
     */
    private static void encryptWithDefaultPassword(Path file) throws IOException {
        HSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new HSSFWorkbook(in);
        }
        Biff8EncryptionKey.setCurrentUserPassword(Decryptor.DEFAULT_PASSWORD);
        try (workbook;
                OutputStream out = Files.newOutputStream(file)) {
            for (Sheet sheet : workbook) {
                sheet.protectSheet("x");
            }
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }
}
