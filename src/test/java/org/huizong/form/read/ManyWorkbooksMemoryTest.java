package org.huizong.form.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.FormDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2,000 workbooks read one after the other with the default heap: every one is read completely, and the heap in
 * use after a collection does not grow with the number of files read (each workbook is closed, nothing is kept).
 */
class ManyWorkbooksMemoryTest {

    private static final int FILES = 2000;
    private static final int DISTINCT = 20;
    private static final long ALLOWED_GROWTH = 24L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void twoThousandWorkbooksAreReadInBoundedMemory() throws Exception {
        FormDescriptor form = FixtureWorkbooks.monthlyForm();
        FixtureWorkbooks fixtures = new FixtureWorkbooks(dir.resolve("distinct"));
        Files.createDirectories(dir.resolve("distinct"));
        List<Path> distinct = new ArrayList<>();
        for (int i = 0; i < DISTINCT; i++) {
            int variant = i;
            distinct.add(fixtures.monthly(
                    "unit" + i, ConsistentValues.monthly(i), Map.of(), FixtureWorkbooks.options(o -> {
                        o.legacyXls = variant % 5 == 0;
                        o.formulaTotals = variant % 4 == 1;
                        o.blankRowsAndColumns = variant % 3 == 2;
                        o.aliasSheetNames = variant % 2 == 1;
                    })));
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Path source = distinct.get(i % DISTINCT);
            Path copy = dir.resolve("input").resolve("f" + i + "_" + source.getFileName());
            Files.createDirectories(copy.getParent());
            files.add(Files.copy(source, copy));
        }

        SubmissionReader reader = new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults()));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> usedAfterGc = new ArrayList<>();
        int cells = 0;
        for (int i = 0; i < files.size(); i++) {
            WorkbookReading reading = reader.read(files.get(i), form);
            assertThat(reading.problems()).as(files.get(i).toString()).isEmpty();
            cells += reading.cells().size();
            if ((i + 1) % 250 == 0) {
                System.gc();
                usedAfterGc.add(memory.getHeapMemoryUsage().getUsed());
            }
        }
        assertThat(cells).isEqualTo(FILES * form.items().size());
        long first = usedAfterGc.get(0);
        long last = usedAfterGc.get(usedAfterGc.size() - 1);
        assertThat(last - first)
                .as("heap growth between 250 and %d workbooks read: %s", FILES, usedAfterGc)
                .isLessThan(ALLOWED_GROWTH);
    }
}
