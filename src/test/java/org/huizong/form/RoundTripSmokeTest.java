package org.huizong.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.huizong.form.read.ItemCell;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.ValueParser;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.form.read.WorkbookReading;
import org.huizong.form.write.FilledForm;
import org.huizong.form.write.FormWorkbookWriter;
import org.huizong.form.write.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripSmokeTest {

    @TempDir
    Path dir;

    @Test
    void monthlyFormWrittenOfficiallyReadsBackEveryValue() throws Exception {
        FormDescriptor form = FormCatalog.bundled().get("GIA-M");
        Map<String, BigDecimal> values = FormFixtures.distinctValues(form, 1);
        Path file = dir.resolve("m.xlsx");
        new FormWorkbookWriter().write(form, new FilledForm(FormFixtures.info("2026年10月"), values, Map.of()), WriteOptions.official(), file);
        WorkbookReading reading = new SubmissionReader(new WorkbookGridLoader(10_000)).read(file, form);
        assertThat(reading.problems()).isEmpty();
        Map<String, BigDecimal> read = new LinkedHashMap<>();
        ValueParser parser = new ValueParser();
        for (ItemCell cell : reading.cells()) {
            read.put(cell.item().code(), parser.parse(cell.cell(), cell.item().type()).value());
        }
        assertThat(read).isEqualTo(values);
        assertThat(reading.infoText(InfoField.USCC)).isEqualTo(FormFixtures.USCC);
    }
}
