package org.huizong.form.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed .xls reader gives the same grids as the workbook library, for every style of .xls the reader meets and
 * every kind of cell; it refuses what is beyond the limits with the messages the loader gave before it existed, and
 * leaves what is no complete BIFF8 workbook to the library.
 */
class BiffGridReaderTest {

    private static final Map<String, BigDecimal> VALUES = ConsistentValues.monthly(7);
    private static final WorkbookLimits SMALL = WorkbookLimits.defaults().withCounts(3, 10, 50);

    @TempDir
    Path dir;

    private final WorkbookGridLoader loader = new WorkbookGridLoader(WorkbookLimits.defaults());

    @Test
    void readsWhatTheWorkbookLibraryReads() throws Exception {
        List<Path> files = new FixtureWorkbooks(dir).everyXlsStyle(VALUES);
        for (Path file : files) {
            assertSameAsLibrary(file);
        }
    }

    @Test
    void readsEveryKindOfCellAsTheWorkbookLibraryDoes() throws Exception {
        Path file = write("kinds.xls", workbook -> {
            Sheet data = workbook.createSheet("数据 一");
            Sheet quoted = workbook.createSheet("O'Brien");
            Sheet plain = workbook.createSheet("Sheet3");
            CellStyle bordered = workbook.createCellStyle();
            bordered.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            Row first = data.createRow(0);
            first.createCell(0).setCellValue(12.5);
            first.createCell(1).setCellValue("文本");
            first.createCell(2).setCellValue("");
            first.createCell(3).setCellValue(true);
            first.createCell(4).setCellErrorValue(FormulaError.DIV0.getCode());
            for (int c = 5; c < 9; c++) {
                first.createCell(c).setCellStyle(bordered);
            }
            first.createCell(9).setCellValue(-3);
            data.createRow(1).createCell(0).setCellValue(7);
            data.createRow(2).createCell(0).setCellValue(1e-7);
            quoted.createRow(1).createCell(1).setCellValue(40);
            plain.createRow(0).createCell(0).setCellValue("x");
            plain.getRow(0).createCell(1).setCellValue(2);
            Name name = workbook.createName();
            name.setNameName("合计区");
            name.setRefersToFormula("'数据 一'!$A$1:$A$3");
            Row formulas = data.createRow(4);
            String[] texts = {
                "A1*2",
                "\"甲\"&B1",
                "\"乙\"",
                "A1>0",
                "1/0",
                "'数据 一'!A2+'O''Brien'!B2",
                "SUM(A1:A3)",
                "SUM(合计区)",
                "ROUND(A1/3,2)",
                "IF(A2>5,\"大\",\"小\")",
                "SUM(Sheet3!A1:B1)",
                "$A$1-A$2+$A3",
                "-A1%",
                "AVERAGE('O''Brien'!B1:B3)",
                "COUNTIF(A1:A3,\">1\")",
                "ISERROR(E1)"
            };
            for (int c = 0; c < texts.length; c++) {
                formulas.createCell(c).setCellFormula(texts[c]);
            }
            data.createRow(6).createCell(0).setCellValue("合并");
            data.createRow(8).createCell(3).setCellValue("横向合并");
            data.addMergedRegion(new CellRangeAddress(6, 7, 0, 2));
            data.addMergedRegion(new CellRangeAddress(8, 8, 3, 5));
            quoted.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        List<CellGrid> grids = assertSameAsLibrary(file);

        assertThat(GridDescription.of(grids))
                .contains(
                        "4,2 TEXT 乙 =\"乙\"",
                        "0,3 BOOLEAN true",
                        "0,4 ERROR #DIV/0!",
                        "4,1 TEXT 甲文本 =\"甲\"&B1",
                        "4,7 NUMBER 19.5000001 =SUM(合计区)",
                        "4,5 NUMBER 47 ='数据 一'!A2+'O''Brien'!B2",
                        "merged MergedRegion[firstRow=6, lastRow=7, firstColumn=0, lastColumn=2]");
        assertThat(GridDescription.of(grids)).noneMatch(line -> line.startsWith("0,2 ") || line.startsWith("0,5 "));
    }

    @Test
    void refusesTooManyRowsWithTheMessageOfTheRecordCounter() throws Exception {
        Path file = write(
                "rows.xls",
                workbook ->
                        workbook.createSheet("表一").createRow(12).createCell(0).setCellValue(1));

        assertThatThrownBy(() -> new BiffGridReader(SMALL).read(file))
                .isInstanceOf(WorkbookTooLargeException.class)
                .hasMessage("工作表有13行以上，超过上限10行")
                .hasMessage(messageOf(() -> new BiffRecordCounter(SMALL).count(file)));
        assertThatThrownBy(() -> new WorkbookGridLoader(SMALL).load(file)).hasMessage("工作表有13行以上，超过上限10行");
    }

    @Test
    void aFormulaWithAnEmptyTextResultIsWorkedOutByTheLibraryAsXlwtLeavesEveryResultSo() throws Exception {
        Path file = write("placeholder.xls", workbook -> {
            Row row = workbook.createSheet("表一").createRow(0);
            row.createCell(0).setCellValue(4);
            row.createCell(1).setCellFormula("\"\"");
            row.createCell(2).setCellFormula("A1*3");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThatThrownBy(() -> new BiffGridReader(WorkbookLimits.defaults()).read(file))
                .isInstanceOf(FastPathDeclined.class)
                .hasMessage("formula results to work out");
        List<CellGrid> grids = loader.load(file);
        assertThat(grids.get(0).cell(0, 1).computed())
                .as("the empty text is worked out")
                .isTrue();
        assertThat(grids.get(0).cell(0, 2).computed())
                .as("a result the file vouches for is kept")
                .isFalse();
        assertThat(grids.get(0).cell(0, 2).number()).isEqualTo(12);
    }

    @Test
    void aRowPastTheLimitWithoutACellDoesNotCount() throws Exception {
        Path file = write("empty-row.xls", workbook -> {
            Sheet sheet = workbook.createSheet("表一");
            sheet.createRow(0).createCell(0).setCellValue(1);
            sheet.createRow(12).setHeight((short) 600); // a clerk set the height of an empty row
        });

        assertThat(new BiffGridReader(SMALL).read(file).get(0).cells()).hasSize(1);
        assertThat(new LibraryGridReader(SMALL).readModel(file).get(0).cells()).hasSize(1);
    }

    @Test
    void refusesTooManyCellsWithTheMessageOfTheRecordCounter() throws Exception {
        Path file = write("cells.xls", workbook -> {
            for (int s = 0; s < 3; s++) {
                Row row = workbook.createSheet("表" + s).createRow(0);
                for (int c = 0; c < 20; c++) {
                    row.createCell(c).setCellValue(c);
                }
            }
        });

        assertThatThrownBy(() -> new BiffGridReader(SMALL).read(file))
                .isInstanceOf(WorkbookTooLargeException.class)
                .hasMessage("单元格超过50个")
                .hasMessage(messageOf(() -> new BiffRecordCounter(SMALL).count(file)));
    }

    @Test
    void countsRunsOfBlankCellsAsTheWorkbookLibraryDoes() throws Exception {
        Path file = write("blanks.xls", workbook -> {
            Sheet sheet = workbook.createSheet("表一");
            CellStyle bordered = workbook.createCellStyle();
            bordered.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            sheet.createRow(0).createCell(0).setCellValue(1);
            Row blanks = sheet.createRow(1);
            for (int c = 0; c < 60; c++) {
                blanks.createCell(c).setCellStyle(bordered);
            }
        });

        new BiffRecordCounter(SMALL).count(file); // a run of blanks is one record to the counter
        String library = messageOf(() -> new LibraryGridReader(SMALL).readModel(file));
        assertThatThrownBy(() -> new BiffGridReader(SMALL).read(file))
                .isInstanceOf(WorkbookTooLargeException.class)
                .hasMessage("单元格超过50个")
                .hasMessage(library);
    }

    @Test
    void refusesTooManySheetsWithTheMessageOfTheWorkbookLibrary() throws Exception {
        Path file = write("sheets.xls", workbook -> {
            for (int s = 1; s <= 4; s++) {
                workbook.createSheet("表" + s).createRow(0).createCell(0).setCellValue(s);
            }
        });

        assertThatThrownBy(() -> new BiffGridReader(SMALL).read(file))
                .isInstanceOf(WorkbookTooLargeException.class)
                .hasMessage("工作表4张，超过上限3张")
                .hasMessage(messageOf(() -> new LibraryGridReader(SMALL).readModel(file)));
    }

    @Test
    void leavesWhatIsNoCompleteBiff8WorkbookToTheLibrary() throws Exception {
        Path valid = new FixtureWorkbooks(dir)
                .monthly("whole", VALUES, Map.of(), FixtureWorkbooks.options(o -> o.legacyXls = true));
        byte[] bytes = Files.readAllBytes(valid);
        Path truncated = Files.write(dir.resolve("truncated.xls"), Arrays.copyOf(bytes, bytes.length / 2));
        Path text = Files.writeString(dir.resolve("text.xls"), "单位名称,数值\n东城区,12\n");

        assertThat(new BiffGridReader(WorkbookLimits.defaults()).read(valid)).isNotNull();
        assertThatThrownBy(() -> new BiffGridReader(WorkbookLimits.defaults()).read(truncated))
                .isInstanceOf(FastPathDeclined.class);
        assertThatThrownBy(() -> new BiffGridReader(WorkbookLimits.defaults()).read(text))
                .isInstanceOf(FastPathDeclined.class);
        assertThatThrownBy(() -> loader.load(truncated)).isInstanceOf(UnreadableWorkbookException.class);
        assertThatThrownBy(() -> loader.load(text)).isInstanceOf(UnreadableWorkbookException.class);
    }

    private List<CellGrid> assertSameAsLibrary(Path file) throws Exception {
        List<CellGrid> streamed = new BiffGridReader(WorkbookLimits.defaults()).read(file);
        assertThat(streamed)
                .as(file.getFileName() + " is read by the streamed reader")
                .isNotNull();
        assertThat(GridDescription.of(streamed))
                .as(file.getFileName().toString())
                .isEqualTo(GridDescription.of(new LibraryGridReader(WorkbookLimits.defaults()).readModel(file)));
        return streamed;
    }

    private Path write(String name, Consumer<HSSFWorkbook> content) throws IOException {
        Path file = dir.resolve(name);
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    @FunctionalInterface
    private interface Refusal {
        void run() throws Exception;
    }

    /** The message of the {@link WorkbookTooLargeException} the step throws. */
    private static String messageOf(Refusal step) {
        try {
            step.run();
        } catch (WorkbookTooLargeException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError("not refused as too large: " + e, e);
        }
        throw new AssertionError("not refused");
    }
}
