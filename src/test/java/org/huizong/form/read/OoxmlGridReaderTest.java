package org.huizong.form.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
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
            assertThat(streamed)
                    .as(file.getFileName() + " is read by the streamed reader")
                    .isNotNull();
            assertThat(GridDescription.of(streamed))
                    .as(file.getFileName().toString())
                    .isEqualTo(GridDescription.of(new LibraryGridReader(WorkbookLimits.defaults()).readModel(file)));
        }
    }

    @Test
    void worksOutTotalsSavedWithoutTheirResults() throws Exception {
        Path file = new FixtureWorkbooks(dir).monthly("uncached", VALUES, Map.of(), FixtureWorkbooks.options(o -> {
            o.formulaTotals = true;
            o.formulasWithoutCache = true;
        }));

        List<CellGrid> streamed = new OoxmlGridReader(WorkbookLimits.defaults()).read(file);

        assertThat(streamed).isNotNull();
        assertThat(GridDescription.of(streamed))
                .isEqualTo(GridDescription.of(new LibraryGridReader(WorkbookLimits.defaults()).readModel(file)));
        assertThat(streamed.stream().flatMap(grid -> grid.cells().stream()).filter(GridCell::isFormula))
                .isNotEmpty();
    }
}
