package org.huizong.form.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formulas saved without their results: the streamed reader works out plain arithmetic exactly as the workbook
 * library's evaluator does (to the last bit), and leaves everything else to the library.
 */
class FormulaResultsTest {

    private static final WorkbookLimits LIMITS = WorkbookLimits.defaults();

    @TempDir
    Path dir;

    private final WorkbookGridLoader loader = new WorkbookGridLoader(LIMITS);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "B2+B3+B4",
                "B2-B3",
                "B3-B3",
                "B2*C2",
                "C2/B3",
                "(B2+B3)*C2-1",
                "-B2+B3",
                "+B2",
                "0*-B2",
                "B2 + B3",
                "$B$2+B$3+$B4",
                "b2+b3",
                "SUM(B2:B4)",
                "SUM(B4:B2)",
                "SUM(B2:C4)",
                "SUM(B2:B4,C2,5,B3*2)",
                "SUM(B2:D4)",
                "SUM(B2:C4,G2,D2,D3)",
                "SUM( B2 , B3 )",
                "B2+Z99",
                "Z99",
                "Other!C9",
                "SUM(Z90:Z99)",
                "Other!B2*2",
                "'Other'!B2+'Other'!B3",
                "'Sheet ''two'' 表'!A1+1",
                "SUM(Other!B2:B3)",
                "SUM((B2+B3),B4)",
                "E2+1",
                "E3*10",
                "0.1+0.2",
                "1.5E3+.5",
                "2/3",
                "B2/7+C3/3",
                "SUM(C2:C4)+0.3"
            })
    void plainArithmeticGivesWhatTheLibraryGives(String formula) throws Exception {
        Path file = workbook(sheet -> sheet.getRow(0).createCell(7).setCellFormula(formula));

        List<CellGrid> streamed = new OoxmlGridReader(LIMITS).read(file);

        assertThat(streamed).as("streamed reading of =" + formula).isNotNull();
        List<CellGrid> library = new LibraryGridReader(LIMITS).readModel(file);
        assertThat(GridDescription.of(streamed)).isEqualTo(GridDescription.of(library));
        assertThat(Double.doubleToRawLongBits(streamed.get(0).cell(0, 7).number()))
                .as("=" + formula)
                .isEqualTo(Double.doubleToRawLongBits(library.get(0).cell(0, 7).number()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ROUND(B2,0)",
                "B2&\"x\"",
                "B2/0",
                "B2+D2",
                "SUM(B2:Z100)",
                "SUM(E4)",
                "D3+1",
                "G2*2",
                "B2^2",
                "B2%",
                "B2>1",
                "SUM(B:B)",
                "Missing!B2",
                "B2+G2",
                "E4+1",
                "[1]Other!B2",
                "Other:Other!B2",
                "-Z99",
                "TRUE+1",
                "F2+1"
            })
    void anythingElseIsLeftToTheLibrary(String formula) throws Exception {
        Path file = workbook(sheet -> sheet.getRow(0).createCell(7).setCellFormula(formula));

        assertThatThrownBy(() -> new OoxmlGridReader(LIMITS).read(file))
                .as("streamed reading of =" + formula)
                .isInstanceOf(FastPathDeclined.class);
        GridCell worked = loader.load(file).get(0).cell(0, 7);
        assertThat(worked.computed())
                .as("=" + formula + " worked out by the library, the file having no result")
                .isTrue();
    }

    @Test
    void aReferencedFormulaIsEvaluatedAgainNotTakenFromItsSavedResult() throws Exception {
        Path file = workbook(sheet -> {
            Cell stale = sheet.getRow(0).createCell(8);
            stale.setCellFormula("2+2");
            stale.setCellValue(5);
            sheet.getRow(0).createCell(7).setCellFormula("I1*10");
        });

        List<CellGrid> streamed = new OoxmlGridReader(LIMITS).read(file);

        assertThat(streamed).isNotNull();
        assertThat(streamed.get(0).cell(0, 7).number()).isEqualTo(40);
        assertThat(streamed.get(0).cell(0, 8).number())
                .as("the saved result stays the cell's value")
                .isEqualTo(5);
        assertThat(GridDescription.of(streamed))
                .isEqualTo(GridDescription.of(new LibraryGridReader(LIMITS).readModel(file)));
    }

    @Test
    void formulasInACircleAreReportedAsSuchNotLeftToTheLibrary() throws Exception {
        Path file = workbook(sheet -> {
            sheet.getRow(0).createCell(7).setCellFormula("I1+1");
            sheet.getRow(0).createCell(8).setCellFormula("H1+1");
            sheet.getRow(0).createCell(9).setCellFormula("J1*2");
        });

        List<CellGrid> streamed = new OoxmlGridReader(LIMITS).read(file);

        assertThat(streamed.get(0).cell(0, 7).failure()).isEqualTo(FormulaFailure.CYCLE);
        assertThat(streamed.get(0).cell(0, 8).failure()).isEqualTo(FormulaFailure.CYCLE);
        assertThat(streamed.get(0).cell(0, 9).failure())
                .as("a formula of itself")
                .isEqualTo(FormulaFailure.CYCLE);
        assertThat(streamed.get(0).cell(0, 9).kind()).isEqualTo(CellKind.UNEVALUATED);
    }

    @Test
    void aChainDeeperThanTheLimitIsReportedNotOverflowed() throws Exception {
        Path file = workbook(sheet -> {
            for (int r = 10; r < 3010; r++) {
                sheet.createRow(r).createCell(1).setCellFormula("B" + (r + 2) + "+1");
            }
            sheet.getRow(0).createCell(7).setCellFormula("B11");
        });

        List<CellGrid> streamed = new OoxmlGridReader(LIMITS).read(file);

        assertThat(streamed.get(0).cell(0, 7).failure()).isEqualTo(FormulaFailure.TOO_DEEP);
        assertThat(streamed.get(0).cell(3009, 1).number())
                .as("the chain's end, within the limit")
                .isEqualTo(1);
    }

    @Test
    void aChainOfFunctionsDeeperThanTheStackIsReportedByTheLibraryPath() throws Exception {
        Path file = workbook(sheet -> {
            for (int r = 10; r < 4010; r++) { // B11 → C11 → B12 → C12 …, 8,000 deep
                Row row = sheet.createRow(r);
                row.createCell(1).setCellFormula("MAX(C" + (r + 1) + ",0)+1");
                row.createCell(2).setCellFormula("MAX(B" + (r + 2) + ",0)+1");
            }
            sheet.getRow(0).createCell(7).setCellFormula("B11");
        });

        List<CellGrid> read = loader.load(file);

        assertThat(read.get(0).cell(0, 7).failure()).isEqualTo(FormulaFailure.TOO_DEEP);
    }

    @Test
    void aLongChainOfTotalsIsWorkedOut() throws Exception {
        Path file = workbook(sheet -> {
            for (int r = 10; r < 60; r++) {
                sheet.createRow(r).createCell(1).setCellFormula(r == 10 ? "B2" : "B" + r + "+0.5");
            }
        });

        List<CellGrid> streamed = new OoxmlGridReader(LIMITS).read(file);

        assertThat(streamed).isNotNull();
        assertThat(streamed.get(0).cell(59, 1).number()).isEqualTo(3 + 49 * 0.5);
        assertThat(GridDescription.of(streamed))
                .isEqualTo(GridDescription.of(new LibraryGridReader(LIMITS).readModel(file)));
    }

    /**
     * A workbook with numbers in B2:C4 (B2 3, B3 4.25, B4 0.1, C2 7, C3 0.2, C4 -2), text in D2, an empty text in D3,
     * a boolean in G2, an error result in F2, formulas with saved results in E2 (=B2+1, saved 4) and E3 (=C3, saved
     * 0.2) and E4 (=D2, saved text); a second sheet "Other" (B2 10, B3 0.7) and a third "Sheet 'two' 表" (A1 2.5); then
     * whatever {@code more} adds to the first sheet, whose formulas are saved without results.
     */
    private Path workbook(Consumer<Sheet> more) throws Exception {
        Path file = dir.resolve("formulas-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("表一");
            sheet.createRow(0).createCell(0).setCellValue("标题");
            Map<String, Double> numbers = Map.of("B2", 3.0, "B3", 4.25, "B4", 0.1, "C2", 7.0, "C3", 0.2, "C4", -2.0);
            numbers.forEach((ref, value) -> cell(sheet, ref).setCellValue(value));
            cell(sheet, "D2").setCellValue("文字");
            cell(sheet, "D3").setCellValue("");
            cell(sheet, "G2").setCellValue(true);
            Cell error = cell(sheet, "F2");
            error.setCellFormula("1/0");
            error.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
            Cell e2 = cell(sheet, "E2");
            e2.setCellFormula("B2+1");
            e2.setCellValue(4);
            Cell e3 = cell(sheet, "E3");
            e3.setCellFormula("C3");
            e3.setCellValue(0.2);
            Cell e4 = cell(sheet, "E4");
            e4.setCellFormula("D2");
            e4.setCellValue("文字");
            Sheet other = workbook.createSheet("Other");
            other.createRow(1).createCell(1).setCellValue(10);
            other.createRow(2).createCell(1).setCellValue(0.7);
            workbook.createSheet("Sheet 'two' 表").createRow(0).createCell(0).setCellValue(2.5);
            more.accept(sheet);
            workbook.write(out);
        }
        return file;
    }

    private static Cell cell(Sheet sheet, String ref) {
        int[] position = SheetCells.position(ref);
        Row row = sheet.getRow(position[0]) == null ? sheet.createRow(position[0]) : sheet.getRow(position[0]);
        return row.createCell(position[1]);
    }
}
