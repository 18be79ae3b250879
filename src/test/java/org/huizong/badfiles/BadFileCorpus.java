package org.huizong.badfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad-file corpus: every kind of file a bureau (or an attacker) may drop into the inbox that the intake must
 * refuse under exactly one rule of rules.md, "File and structure". The files are generated, never committed.
 */
public final class BadFileCorpus {

    /** Writes one corpus file to {@code target}. */
    @FunctionalInterface
    interface Writer {
        void write(Path target, SourceWorkbooks sources) throws IOException;
    }

    private record Case(BadFile file, Writer writer) {}

    private static final List<Case> CASES = cases();

    private BadFileCorpus() {}

    /** The corpus files with their expected rules, without writing anything. */
    public static List<BadFile> expectations() {
        return CASES.stream().map(Case::file).toList();
    }

    /** Writes every corpus file into {@code folder} (valid source workbooks go to a subfolder of it). */
    public static List<BadFile> build(Path folder) throws IOException {
        Files.createDirectories(folder);
        SourceWorkbooks sources = new SourceWorkbooks(folder.resolve("sources"));
        for (Case c : CASES) {
            c.writer().write(folder.resolve(c.file().name()), sources);
        }
        return expectations();
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // F01: another format under a workbook's name
        add(cases, "csv-export.xlsx", "F01", "GBK CSV text renamed .xlsx", ForeignFormats::csv);
        add(
                cases,
                "web-page-export.xls",
                "F01",
                "HTML table (Excel web page export) renamed .xls",
                ForeignFormats::html);
        add(cases, "word-document.xlsx", "F01", "Word .docx package renamed .xlsx", ForeignFormats::docx);
        add(
                cases,
                "word-97-document.xls",
                "F01",
                "OLE2 file without a Workbook stream (a .doc) renamed .xls",
                ForeignFormats::ole2Document);
        add(cases, "excel-95.xls", "F01", "Excel 5.0/95 (BIFF5) workbook, not readable by POI", ForeignFormats::biff5);
        add(cases, "printed.xlsx", "F01", "PDF renamed .xlsx", ForeignFormats::pdf);
        add(cases, "photo.xlsx", "F01", "PNG image renamed .xlsx", ForeignFormats::png);
        add(cases, "opendocument.xlsx", "F01", "OpenDocument spreadsheet (.ods) renamed .xlsx", ForeignFormats::ods);
        add(cases, "binary-workbook.xlsx", "F01", "Excel binary workbook (.xlsb) renamed .xlsx", ForeignFormats::xlsb);
        add(cases, "empty.xlsx", "F01", "0 bytes", ForeignFormats::empty);
        add(cases, "empty.xls", "F01", "0 bytes", ForeignFormats::empty);
        add(cases, "whitespace.xlsx", "F01", "only blanks and line breaks", ForeignFormats::whitespace);
        // F01: damaged or locked
        add(cases, "truncated.xlsx", "F01", "valid .xlsx cut to half its bytes", DamagedFiles::truncatedXlsx);
        add(cases, "truncated.xls", "F01", "valid .xls cut to half its bytes", DamagedFiles::truncatedXls);
        add(
                cases,
                "corrupt-central-directory.xlsx",
                "F01",
                "central directory record without its signature",
                DamagedFiles::corruptCentralDirectory);
        add(
                cases,
                "no-content-types.xlsx",
                "F01",
                "package without [Content_Types].xml",
                DamagedFiles::missingContentTypes);
        add(cases, "password-agile.xlsx", "F01", "opening password, agile encryption", DamagedFiles::encryptedXlsx);
        add(cases, "password-rc4.xls", "F01", "opening password, BIFF8 RC4 CryptoAPI", DamagedFiles::encryptedXls);
        // F01: hostile XML, macros, extensions the intake does not take
        add(
                cases,
                "xxe-workbook.xlsx",
                "F01",
                "external entity on /etc/passwd in xl/workbook.xml",
                HostileFiles::xxeInWorkbook);
        add(cases, "xxe-sheet.xlsx", "F01", "external entity on /etc/passwd in a sheet cell", HostileFiles::xxeInSheet);
        add(
                cases,
                "billion-laughs.xlsx",
                "F01",
                "nested entities expanding to 10^9 strings in a sheet",
                HostileFiles::billionLaughs);
        add(
                cases,
                "macro-renamed.xlsx",
                "F01",
                "macro-enabled package (xl/vbaProject.bin) renamed .xlsx",
                HostileFiles::macroWorkbook);
        add(
                cases,
                "macro-part-renamed.xlsx",
                "F01",
                "macro-enabled package whose VBA part is xl/VBAProject.bin",
                HostileFiles::macroPartRenamed);
        add(
                cases,
                "macro-part-elsewhere.xlsx",
                "F01",
                "macro-enabled package whose VBA part is xl/macros/code.bin",
                HostileFiles::macroPartElsewhere);
        add(cases, "macro.xlsm", "F01", "macro-enabled workbook under its own .xlsm name", HostileFiles::macroWorkbook);
        add(cases, "wps-sheet.et", "F01", "valid BIFF8 form under the WPS .et extension", WrongContent::wpsExtension);
        // F02: beyond the limits
        add(cases, "zip-bomb.xlsx", "F02", "one 64 MiB entry of zeros, ratio about 1000", OversizeFiles::zipBomb);
        add(
                cases,
                "zip-bomb-many-entries.xlsx",
                "F02",
                "210 entries of 1 MiB zeros, 210 MiB declared",
                OversizeFiles::manyEntryBomb);
        add(
                cases,
                "zip-bomb-lying-sizes.xlsx",
                "F02",
                "64 MiB sheet XML whose central directory declares 60 KB",
                OversizeFiles::lyingZipBomb);
        add(
                cases,
                "larger-than-20mb.xlsx",
                "F02",
                "valid form plus a 21 MiB stored attachment",
                OversizeFiles::largeFile);
        add(cases, "row-1048000.xlsx", "F02", "one cell in row 1,048,000 of 表三", OversizeFiles::farRow);
        add(cases, "sixty-sheets.xlsx", "F02", "valid form plus 60 empty sheets", OversizeFiles::manySheets);
        add(
                cases,
                "sixty-sheets-renamed-parts.xlsx",
                "F02",
                "valid form plus 60 empty sheets in parts xl/extra/pN.xml",
                CraftedFiles::sixtySheetsInRenamedParts);
        add(
                cases,
                "huge-inline-string.xlsx",
                "F02",
                "one inline string of 150 million characters, 9 MB on disk, under every size limit",
                CraftedFiles::hugeInlineString);
        add(
                cases,
                "huge-shared-string.xlsx",
                "F02",
                "one shared string of 150 million characters, 9 MB on disk, under every size limit",
                CraftedFiles::hugeSharedString);
        // V01: a valid form whose total is fed by a formula that cannot be worked out
        add(
                cases,
                "formula-chain.xlsx",
                "V01",
                "表一's first total at the end of 4,000 formulas saved without results",
                (target, sources) -> CraftedFiles.formulaChain(target, sources, 2000, false));
        add(
                cases,
                "formula-chain-of-functions.xlsx",
                "V01",
                "the same chain 9,000 deep through MAX(), evaluated by the library",
                (target, sources) -> CraftedFiles.formulaChain(target, sources, 4500, true));
        add(
                cases,
                "240000-cells.xlsx",
                "F02",
                "valid form plus a sheet of 4,000 rows x 60 numbers",
                OversizeFiles::manyCells);
        add(
                cases,
                "240000-cells-behind-uncached-formula.xlsx",
                "F02",
                "the same behind a formula saved without its result",
                OversizeFiles::manyCellsBehindUncachedFormula);
        // F03, F04, F07: readable, but the wrong content
        add(cases, "staff-list.xlsx", "F03", "a staff list, no sheet of the form", WrongContent::staffList);
        add(
                cases,
                "staff-list-sheet-1.xlsx",
                "F03",
                "a staff list on a sheet named 工作表1, which is no 表1",
                WrongContent::staffListOnSheetOne);
        add(
                cases,
                "unknown-unit.xlsx",
                "F04",
                "valid form from a unit not in the directory",
                WrongContent::unknownUnit);
        add(
                cases,
                "annual-form.xlsx",
                "F03",
                "GIA-Y annual workbook sent for a monthly period: another form of the catalog",
                WrongContent::annualForm);
        return List.copyOf(cases);
    }

    private static void add(List<Case> cases, String name, String rule, String why, Writer writer) {
        cases.add(new Case(new BadFile(name, rule, why), writer));
    }
}
