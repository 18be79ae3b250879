package org.huizong.form.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.FastPath;
import org.huizong.form.IssueList;
import org.huizong.form.write.CellNote.Level;
import org.huizong.form.write.FeedbackWorkbookWriter.Way;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * The feedback workbook of an .xlsx is written without the workbook model, for every style of workbook bureaus
 * send, and shows what the workbook library's would: the original cells untouched, the marked cells highlighted by
 * severity with their notes as comments, the added sheets last with the 问题清单 active. What the streamed writer
 * does not cover (.xls, a returned feedback workbook) still gets written, by the library.
 */
class FeedbackWorkbookWriterTest {

    private static final Map<String, BigDecimal> VALUES = ConsistentValues.monthly(7);
    private static final String CHANGES = "本版修改";
    private static final List<SheetTable> TABLES = List.of(
            new SheetTable(
                    IssueList.SHEET,
                    IssueList.HEADER,
                    List.of(
                            List.of(1, "T1-SUM", "错误", "表一", "C5", "行", "列", "17", "18", "合计不等\n请核对", ""),
                            List.of(2, "Q-NOTE", "提示", "表二", "D7", "", "", "", "", "说明 & <备注>", "已说明"))),
            new SheetTable(
                    CHANGES,
                    List.of("项目代码", "表", "行", "列", "上一版", "本版"),
                    List.of(
                            List.of("T1.B01.V", "表一", "行", "列", "（无）", "12"),
                            List.of("T2.G1.M3", "表二", "", "", 3.5, 4))));

    @TempDir
    Path dir;

    private final FeedbackWorkbookWriter writer = new FeedbackWorkbookWriter();

    @Test
    void everyStyleOfWorkbookIsMarkedOnTheStreamedPathAsTheWorkbookLibraryMarksIt() throws Exception {
        for (Path original : new FixtureWorkbooks(dir).everyXlsxStyle(VALUES)) {
            String name = original.getFileName().toString();
            List<CellNote> notes = notes(original);
            Path streamed = dir.resolve("streamed-" + name);
            Path library = dir.resolve("library-" + name);
            assertThat(writer.writeTelling(original, notes, TABLES, streamed))
                    .as(name)
                    .isEqualTo(Way.STREAMED);
            new LibraryFeedbackWriter().write(original, notes, TABLES, library);
            PackageIntegrity.check(streamed);
            try (Workbook before = open(original);
                    Workbook after = open(streamed);
                    Workbook byLibrary = open(library)) {
                assertMarkedAndOtherwiseUnchanged(name, before, after, notes);
                assertTablesAdded(name, before, after);
                assertThat(FeedbackWorkbookDescription.of(after))
                        .as(name + ", as the workbook library writes it")
                        .containsExactlyElementsOf(FeedbackWorkbookDescription.of(byLibrary));
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(Path::toString)).as("no partial file is left").noneMatch(f -> f.endsWith(".part"));
        }
    }

    /** The committed hostile files that are workbooks the library opens, marked on the first cell of each sheet. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "valid-extra-sheet-1-first.xlsx",
                "valid-empty-styled-row.xlsx",
                "staff-list-sheet-1.xlsx",
                "sixty-sheets-renamed-parts.xlsx"
            })
    void aCommittedHostileWorkbookIsMarkedOnTheStreamedPathAsTheWorkbookLibraryMarksIt(String name) throws Exception {
        Path original = committed(name);
        List<CellNote> notes = new ArrayList<>();
        try (Workbook workbook = open(original)) {
            workbook.sheetIterator()
                    .forEachRemaining(
                            sheet -> notes.add(new CellNote(sheet.getSheetName(), "B3", Level.WARNING, "请核实")));
        }
        Path streamed = dir.resolve("streamed-" + name);
        Path library = dir.resolve("library-" + name);

        assertThat(writer.writeTelling(original, notes, TABLES, streamed)).isEqualTo(Way.STREAMED);
        new LibraryFeedbackWriter().write(original, notes, TABLES, library);

        PackageIntegrity.check(streamed);
        try (Workbook after = open(streamed);
                Workbook byLibrary = open(library)) {
            assertThat(FeedbackWorkbookDescription.of(after))
                    .containsExactlyElementsOf(FeedbackWorkbookDescription.of(byLibrary));
        }
    }

    @Test
    void aDeclineIsLoggedWithItsReasonAndCountedAndAnXlsIsNoDecline() throws Exception {
        Path original = new FixtureWorkbooks(dir).monthly("official", VALUES, Map.of(), WriteOptions.official());
        Path commented = dir.resolve("commented.xlsx");
        writer.writeTelling(original, List.of(new CellNote("表一", "C5", Level.BLOCKING, "上次")), TABLES, commented);
        Path legacy = new FixtureWorkbooks(dir)
                .monthly("legacy", VALUES, Map.of(), FixtureWorkbooks.options(o -> o.legacyXls = true));
        List<CellNote> again = List.of(new CellNote("表一", "D6", Level.NOTE, "这次"));
        long before = FastPath.STREAMED_FEEDBACK.declines();
        List<ILoggingEvent> lines = logged(() -> {
            assertThat(writer.writeTelling(commented, again, TABLES, dir.resolve("again.xlsx")))
                    .isEqualTo(Way.LIBRARY);
            assertThat(writer.writeTelling(legacy, again, TABLES, dir.resolve("legacy-feedback.xls")))
                    .isEqualTo(Way.LIBRARY);
        });

        assertThat(FastPath.STREAMED_FEEDBACK.declines() - before).isEqualTo(1);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(ch.qos.logback.classic.Level.INFO);
            assertThat(line.getFormattedMessage())
                    .startsWith("commented.xlsx: feedback written with the workbook library (")
                    .contains("already has a sheet " + IssueList.SHEET);
        });
    }

    @Test
    void aDamagedPackageIsDeclinedAndCounted() throws Exception {
        Path original = new FixtureWorkbooks(dir).monthly("official", VALUES, Map.of(), WriteOptions.official());
        byte[] bytes = Files.readAllBytes(original);
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        long before = FastPath.STREAMED_FEEDBACK.declines();

        Path target = dir.resolve("cut-feedback.xlsx");
        List<ILoggingEvent> lines = logged(() -> assertThatThrownBy(() -> writer.write(cut, List.of(), TABLES, target))
                .as("the workbook library cannot open it either")
                .isInstanceOf(IOException.class));

        assertThat(FastPath.STREAMED_FEEDBACK.declines() - before).isEqualTo(1);
        assertThat(lines)
                .singleElement()
                .satisfies(line -> assertThat(line.getFormattedMessage())
                        .startsWith("cut.xlsx: feedback written with the workbook library (a zip it cannot copy: "));
    }

    @Test
    void theOfficialWorkbookShowsEachSeverityOnItsCell() throws Exception {
        Path original = new FixtureWorkbooks(dir).monthly("official", VALUES, Map.of(), WriteOptions.official());
        List<CellNote> notes = List.of(
                new CellNote("表一", "C5", Level.BLOCKING, "须更正"),
                new CellNote("表一", "C5", Level.NOTE, "另有提示"),
                new CellNote("表一", "A4", Level.NOTE, "表头提示"),
                new CellNote("表一", "D16", Level.WARNING, "合并单元格"),
                new CellNote("表一", "J5", Level.NOTE, "行内新单元格"),
                new CellNote("表一", "B2", Level.WARNING, "新行"),
                new CellNote("表九十九", "A1", Level.BLOCKING, "无此表"));
        Path target = dir.resolve("feedback.xlsx");
        assertThat(writer.writeTelling(original, notes, TABLES, target)).isEqualTo(Way.STREAMED);
        try (Workbook workbook = open(target)) {
            Sheet sheet = workbook.getSheet("表一");
            assertLook(cell(sheet, "C5"), IndexedColors.ROSE, "须更正\n另有提示");
            assertLook(cell(sheet, "A4"), IndexedColors.GREY_25_PERCENT, "表头提示");
            assertLook(cell(sheet, "B16"), IndexedColors.LIGHT_ORANGE, "合并单元格");
            assertThat(cell(sheet, "D16").getCellComment())
                    .as("the note moved to the merged region's top-left cell")
                    .isNull();
            assertLook(cell(sheet, "J5"), IndexedColors.LIGHT_TURQUOISE, "行内新单元格");
            assertLook(cell(sheet, "B2"), IndexedColors.LIGHT_ORANGE, "新行");
            assertThat(cell(sheet, "C5").getNumericCellValue()).isEqualTo(cellIn(original, "表一", "C5"));
            assertThat(workbook.getSheet("表九十九")).isNull();
            assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
        }
    }

    @Test
    void anXlsOriginalIsMarkedByTheWorkbookLibrary() throws Exception {
        Path original = new FixtureWorkbooks(dir)
                .monthly("legacy", VALUES, Map.of(), FixtureWorkbooks.options(o -> o.legacyXls = true));
        Path target = dir.resolve("legacy-feedback.xls");
        assertThat(writer.writeTelling(
                        original, List.of(new CellNote("表一", "C5", Level.BLOCKING, "须更正")), TABLES, target))
                .isEqualTo(Way.LIBRARY);
        try (Workbook workbook = open(target)) {
            assertLook(cell(workbook.getSheet("表一"), "C5"), IndexedColors.ROSE, "须更正");
            assertThat(workbook.getSheetName(workbook.getActiveSheetIndex())).isEqualTo(IssueList.SHEET);
        }
    }

    @Test
    void aReturnedFeedbackWorkbookHasItsSheetsReplaced() throws Exception {
        Path original = new FixtureWorkbooks(dir).monthly("official", VALUES, Map.of(), WriteOptions.official());
        Path first = dir.resolve("first.xlsx");
        assertThat(writer.writeTelling(
                        original, List.of(new CellNote("表一", "C5", Level.BLOCKING, "第一版")), TABLES, first))
                .isEqualTo(Way.STREAMED);
        List<SheetTable> again = List.of(new SheetTable(
                IssueList.SHEET,
                IssueList.HEADER,
                List.of(List.of(1, "T2-X", "警告", "表二", "C6", "", "", "", "", "第二版的问题", ""))));
        Path second = dir.resolve("second.xlsx");
        writer.writeTelling(first, List.of(new CellNote("表二", "C6", Level.WARNING, "第二版")), again, second);
        try (Workbook workbook = open(second)) {
            List<String> names = new ArrayList<>();
            workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            assertThat(names).containsOnlyOnce(IssueList.SHEET).contains(CHANGES);
            Sheet issues = workbook.getSheet(IssueList.SHEET);
            assertThat(workbook.getActiveSheetIndex()).isEqualTo(workbook.getSheetIndex(issues));
            assertThat(issues.getLastRowNum()).isEqualTo(1);
            assertThat(issues.getRow(1).getCell(9).getStringCellValue()).isEqualTo("第二版的问题");
            assertLook(cell(workbook.getSheet("表二"), "C6"), IndexedColors.LIGHT_ORANGE, "第二版");
            assertLook(cell(workbook.getSheet("表一"), "C5"), IndexedColors.ROSE, "第一版");
        }
    }

    @Test
    void existingCommentsStayAndOnlyAMarkedSheetThatHasCommentsGoesToTheLibrary() throws Exception {
        Path original = new FixtureWorkbooks(dir).monthly("official", VALUES, Map.of(), WriteOptions.official());
        Path commented = dir.resolve("commented.xlsx");
        List<SheetTable> older = List.of(new SheetTable("旧清单", List.of("说明"), List.of(List.of("上次的清单"))));
        assertThat(writer.writeTelling(
                        original, List.of(new CellNote("表一", "C5", Level.BLOCKING, "上次")), older, commented))
                .isEqualTo(Way.STREAMED);

        Path otherSheet = dir.resolve("other-sheet.xlsx");
        assertThat(writer.writeTelling(
                        commented, List.of(new CellNote("表二", "D7", Level.WARNING, "这次")), TABLES, otherSheet))
                .isEqualTo(Way.STREAMED);
        PackageIntegrity.check(otherSheet);
        Path sameSheet = dir.resolve("same-sheet.xlsx");
        assertThat(writer.writeTelling(
                        commented, List.of(new CellNote("表一", "D6", Level.NOTE, "这次")), TABLES, sameSheet))
                .isEqualTo(Way.LIBRARY);
        for (Path written : List.of(otherSheet, sameSheet)) {
            try (Workbook workbook = open(written)) {
                assertLook(cell(workbook.getSheet("表一"), "C5"), IndexedColors.ROSE, "上次");
                assertThat(workbook.getSheetIndex("旧清单")).isEqualTo(5);
                assertThat(workbook.getActiveSheetIndex())
                        .isEqualTo(workbook.getSheetIndex(IssueList.SHEET))
                        .isEqualTo(6);
            }
        }
        try (Workbook workbook = open(otherSheet)) {
            assertLook(cell(workbook.getSheet("表二"), "D7"), IndexedColors.LIGHT_ORANGE, "这次");
            assertThat(workbook.getSheetAt(5).isSelected())
                    .as("the earlier sheet's tab is no longer selected")
                    .isFalse();
        }
    }

    /** Sheet XML as other programs write it: cells without references, a prefixed namespace, a selected tab. */
    @Test
    void sheetsWrittenByOtherProgramsAreMarked() throws Exception {
        Path official = new FixtureWorkbooks(dir).monthly("official", VALUES, Map.of(), WriteOptions.official());
        Path original = dir.resolve("excel-style.xlsx");
        rewrite(
                official,
                original,
                Map.of(
                        "xl/worksheets/sheet1.xml",
                                xml -> xml.replace(
                                        "<sheetView workbookViewId=\"0\"/>",
                                        "<sheetView tabSelected=\"1\" workbookViewId=\"0\"/>"),
                        "xl/worksheets/sheet2.xml", xml -> xml.replaceAll("<c r=\"[A-Z]+[0-9]+\"", "<c"),
                        "xl/worksheets/sheet3.xml",
                                xml -> xml.replaceAll("<(/?)([a-zA-Z])", "<$1x:$2")
                                        .replace(
                                                "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"",
                                                "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")));
        assertThat(PackageIntegrity.text(original, "xl/worksheets/sheet2.xml")).doesNotContain("<c r=");
        assertThat(PackageIntegrity.text(original, "xl/worksheets/sheet3.xml")).contains("<x:worksheet", "<x:c r=");
        List<CellNote> notes = List.of(
                new CellNote("表一", "C5", Level.BLOCKING, "须更正"),
                new CellNote("表一", "J5", Level.NOTE, "新单元格"),
                new CellNote("表一", "A40", Level.WARNING, "表外新行"),
                new CellNote("表二", "D7", Level.WARNING, "请核实"),
                new CellNote("表二", "B2", Level.NOTE, "新行"));
        Path target = dir.resolve("excel-style-feedback.xlsx");
        assertThat(writer.writeTelling(original, notes, TABLES, target)).isEqualTo(Way.STREAMED);
        PackageIntegrity.check(target);
        try (Workbook before = open(original);
                Workbook after = open(target)) {
            assertMarkedAndOtherwiseUnchanged("excel-style", before, after, notes);
            assertLook(cell(after.getSheet("表一"), "A40"), IndexedColors.LIGHT_ORANGE, "表外新行");
            assertLook(cell(after.getSheet("表二"), "B2"), IndexedColors.LIGHT_TURQUOISE, "新行");
            assertThat(PackageIntegrity.text(target, "xl/worksheets/sheet3.xml"))
                    .contains("<x:row r=\"2\"><x:c r=\"B2\"", "<x:legacyDrawing");
            assertThat(after.getSheetAt(0).isSelected()).isFalse();
            assertThat(after.getSheet(IssueList.SHEET).isSelected()).isTrue();
        }
    }

    /**
     * Notes of every kind for this workbook: all three levels, two on one cell, one on a painted cell, one on a
     * merged cell, on cells and rows that do not exist, and one naming a sheet the workbook does not have.
     */
    private static List<CellNote> notes(Path original) throws IOException {
        try (Workbook workbook = open(original)) {
            Sheet first = workbook.getSheet("表一");
            CellRangeAddress merged = first.getMergedRegions().stream()
                    .filter(r -> r.getLastColumn() > r.getFirstColumn())
                    .findFirst()
                    .orElseThrow();
            String painted = firstCell(first, c -> c.getCellStyle().getFillPattern() != FillPatternType.NO_FILL);
            String plain = firstCell(
                    workbook.getSheet("表三"),
                    c -> c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && c.getCellStyle().getFillPattern() == FillPatternType.NO_FILL);
            return List.of(
                    new CellNote("表一", "C5", Level.BLOCKING, "C5须更正"),
                    new CellNote("表一", "C5", Level.NOTE, "C5另有提示"),
                    new CellNote("表二", "D7", Level.WARNING, "D7请核实 & <确认>"),
                    new CellNote("表一", painted, Level.NOTE, "表头提示"),
                    new CellNote("表三", plain, Level.NOTE, "数值提示"),
                    new CellNote(
                            "表一",
                            new CellAddress(merged.getFirstRow(), merged.getLastColumn()).formatAsString(),
                            Level.WARNING,
                            "合并单元格"),
                    new CellNote("表一", "Z60", Level.NOTE, "表外空白单元格"),
                    new CellNote("表二", "Q5", Level.BLOCKING, "行内新单元格"),
                    new CellNote("表二", "B2", Level.WARNING, "第二行"),
                    new CellNote("表九十九", "A1", Level.BLOCKING, "不存在的表"));
        }
    }

    /** The first cell (not in a merged region) that passes the test, as an A1 address. */
    private static String firstCell(Sheet sheet, java.util.function.Predicate<Cell> test) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                boolean merged = sheet.getMergedRegions().stream().anyMatch(r -> r.isInRange(cell));
                if (!merged && test.test(cell)) {
                    return cell.getAddress().formatAsString();
                }
            }
        }
        throw new AssertionError("no such cell on " + sheet.getSheetName());
    }

    /**
     * Every original cell keeps its value or formula; unmarked cells keep their style and have no comment; each
     * marked cell (a merged cell's note on the region's top-left) has its notes as one comment and the fill of the
     * last note that may paint it — a note does not repaint a painted cell.
     */
    private static void assertMarkedAndOtherwiseUnchanged(
            String name, Workbook before, Workbook after, List<CellNote> notes) {
        for (int s = 0; s < before.getNumberOfSheets(); s++) {
            Sheet original = before.getSheetAt(s);
            Sheet marked = after.getSheetAt(s);
            assertThat(marked.getSheetName()).isEqualTo(original.getSheetName());
            Map<CellAddress, List<CellNote>> targets = targets(original, notes);
            for (Row row : original) {
                for (Cell cell : row) {
                    Cell copy = marked.getRow(cell.getRowIndex()).getCell(cell.getColumnIndex());
                    String where = name + " " + original.getSheetName() + "!" + cell.getAddress();
                    assertThat(FeedbackWorkbookDescription.value(copy))
                            .as(where)
                            .isEqualTo(FeedbackWorkbookDescription.value(cell));
                    if (!targets.containsKey(cell.getAddress())) {
                        assertThat(copy.getCellStyle().getIndex())
                                .as(where + " style")
                                .isEqualTo(cell.getCellStyle().getIndex());
                        assertThat(copy.getCellComment()).as(where + " comment").isNull();
                    }
                }
            }
            for (Map.Entry<CellAddress, List<CellNote>> target : targets.entrySet()) {
                Row row = original.getRow(target.getKey().getRow());
                Cell cell = row == null ? null : row.getCell(target.getKey().getColumn());
                CellStyle style = cell == null ? before.getCellStyleAt(0) : cell.getCellStyle();
                boolean painted = style.getFillPattern() != FillPatternType.NO_FILL;
                short color = style.getFillForegroundColor();
                for (CellNote note : target.getValue()) {
                    if (note.level() != Level.NOTE || !painted) {
                        painted = true;
                        color = highlight(note.level()).getIndex();
                    }
                }
                Cell copy = marked.getRow(target.getKey().getRow())
                        .getCell(target.getKey().getColumn());
                String where = name + " " + original.getSheetName() + "!" + target.getKey();
                assertThat(copy.getCellStyle().getFillPattern())
                        .as(where + " fill")
                        .isEqualTo(painted ? FillPatternType.SOLID_FOREGROUND : FillPatternType.NO_FILL);
                assertThat(copy.getCellStyle().getFillForegroundColor())
                        .as(where + " colour")
                        .isEqualTo(color);
                assertThat(copy.getCellComment().getAuthor()).isEqualTo("汇总系统");
                assertThat(copy.getCellComment().getString().getString())
                        .as(where + " comment")
                        .isEqualTo(
                                target.getValue().stream().map(CellNote::text).collect(Collectors.joining("\n")));
            }
        }
    }

    /** The notes of this sheet by the cell they land on. */
    private static Map<CellAddress, List<CellNote>> targets(Sheet sheet, List<CellNote> notes) {
        Map<CellAddress, List<CellNote>> targets = new LinkedHashMap<>();
        for (CellNote note : notes) {
            if (note.sheetName().equals(sheet.getSheetName())) {
                CellAddress address = new CellAddress(note.a1());
                for (CellRangeAddress region : sheet.getMergedRegions()) {
                    if (region.isInRange(address)) {
                        address = new CellAddress(region.getFirstRow(), region.getFirstColumn());
                    }
                }
                targets.computeIfAbsent(address, a -> new ArrayList<>()).add(note);
            }
        }
        return targets;
    }

    private static IndexedColors highlight(Level level) {
        return switch (level) {
            case BLOCKING -> IndexedColors.ROSE;
            case WARNING -> IndexedColors.LIGHT_ORANGE;
            case NOTE -> IndexedColors.LIGHT_TURQUOISE;
        };
    }

    /** The tables follow the original sheets, the first active and selected, with their rows, header and layout. */
    private static void assertTablesAdded(String name, Workbook before, Workbook after) {
        int first = before.getNumberOfSheets();
        assertThat(after.getNumberOfSheets()).as(name).isEqualTo(first + TABLES.size());
        assertThat(after.getActiveSheetIndex()).as(name + " active sheet").isEqualTo(first);
        for (int s = 0; s < after.getNumberOfSheets(); s++) {
            assertThat(after.getSheetAt(s).isSelected())
                    .as(name + " sheet " + s + " selected")
                    .isEqualTo(s == first);
        }
        for (int t = 0; t < TABLES.size(); t++) {
            SheetTable table = TABLES.get(t);
            Sheet sheet = after.getSheetAt(first + t);
            assertThat(sheet.getSheetName()).isEqualTo(table.name());
            assertThat(sheet.getLastRowNum()).isEqualTo(table.rows().size());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo(1);
            org.apache.poi.ss.util.CellRangeAddress titles = sheet.getRepeatingRows();
            assertThat(titles)
                    .as(name + ": the header row printed on every page")
                    .isNotNull();
            assertThat(new int[] {titles.getFirstRow(), titles.getLastRow()}).containsExactly(0, 0);
            for (int c = 0; c < table.header().size(); c++) {
                Cell cell = sheet.getRow(0).getCell(c);
                assertThat(cell.getStringCellValue()).isEqualTo(table.header().get(c));
                assertThat(after.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
                        .isTrue();
                assertThat(sheet.getColumnWidth(c)).isEqualTo(table.width(c) * 256);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                for (int c = 0; c < table.rows().get(r).size(); c++) {
                    Object value = table.rows().get(r).get(c);
                    Cell cell = sheet.getRow(r + 1).getCell(c);
                    assertThat(FeedbackWorkbookDescription.value(cell))
                            .isEqualTo(value instanceof Number n ? "n " + n.doubleValue() : "s " + value);
                }
            }
        }
    }

    private static void assertLook(Cell cell, IndexedColors fill, String comment) {
        assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(cell.getCellStyle().getFillForegroundColor()).isEqualTo(fill.getIndex());
        assertThat(cell.getCellComment().getAuthor()).isEqualTo("汇总系统");
        assertThat(cell.getCellComment().getString().getString()).isEqualTo(comment);
    }

    private static Cell cell(Sheet sheet, String a1) {
        CellAddress address = new CellAddress(a1);
        return sheet.getRow(address.getRow()).getCell(address.getColumn());
    }

    private static double cellIn(Path file, String sheet, String a1) throws IOException {
        try (Workbook workbook = open(file)) {
            return cell(workbook.getSheet(sheet), a1).getNumericCellValue();
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws IOException;
    }

    /** What {@link FeedbackWorkbookWriter} logs while {@code action} runs. */
    private static List<ILoggingEvent> logged(Action action) throws IOException {
        var logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(FeedbackWorkbookWriter.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            action.run();
        } finally {
            logger.detachAppender(lines);
        }
        return lines.list;
    }

    private Path committed(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/hostile/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    /** A copy of an .xlsx with the text of some parts changed, as another program might have written them. */
    private static void rewrite(Path source, Path target, Map<String, UnaryOperator<String>> changes)
            throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
                OutputStream out = Files.newOutputStream(target);
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry : zip.stream().toList()) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                UnaryOperator<String> change = changes.get(entry.getName());
                if (change != null) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
    }
}
