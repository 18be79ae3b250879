package org.huizong.form.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed .xlsx reader gives the same grids as the workbook library, for every style of workbook the reader meets. */
class OoxmlGridReaderTest {

    private static final Map<String, BigDecimal> VALUES = ConsistentValues.monthly(7);

    @TempDir
    Path dir;

    private final WorkbookGridLoader loader = new WorkbookGridLoader(WorkbookLimits.defaults());

    @Test
    void readsWhatTheWorkbookLibraryReads() throws Exception {
        List<Path> files = new FixtureWorkbooks(dir).everyXlsxStyle(VALUES);
        for (Path file : files) {
            List<CellGrid> streamed = new OoxmlGridReader(WorkbookLimits.defaults()).read(file);
            assertThat(streamed).as(file.getFileName() + " is read by the streamed reader").isNotNull();
            assertThat(describe(streamed)).as(file.getFileName().toString()).isEqualTo(describe(loader.withLibrary(file)));
        }
    }

    @Test
    void leavesFormulasWithoutResultsToTheLibrary() throws Exception {
        Path file = new FixtureWorkbooks(dir).monthly("uncached", VALUES, Map.of(),
                FixtureWorkbooks.options(o -> { o.formulaTotals = true; o.formulasWithoutCache = true; }));
        assertThat(new OoxmlGridReader(WorkbookLimits.defaults()).read(file)).isNull();
        assertThat(loader.load(file)).isNotEmpty();
    }

    private static List<String> describe(List<CellGrid> grids) {
        List<String> lines = new ArrayList<>();
        for (CellGrid grid : grids) {
            lines.add("sheet " + grid.sheetName() + " " + grid.lastRow() + "x" + grid.lastColumn());
            grid.cells().stream().sorted(java.util.Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column))
                    .forEach(c -> lines.add(c.row() + "," + c.column() + " " + c.kind() + " " + c.display() + (c.isFormula() ? " =" + c.formula() : "")));
            for (int r = 0; r <= grid.lastRow(); r++) {
                for (int c = 0; c <= grid.lastColumn(); c++) {
                    MergedRegion region = grid.region(r, c);
                    if (region != null && grid.isTopLeft(r, c)) {
                        lines.add("merged " + region);
                    }
                }
            }
        }
        return lines;
    }
}
