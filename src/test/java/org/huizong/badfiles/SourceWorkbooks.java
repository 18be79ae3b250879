package org.huizong.badfiles;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.write.WriteOptions;

/**
 * The valid GIA-M workbooks (unit 东城区市场监督管理局, 2026年10月) the damaged and tampered corpus files start
 * from, written once into a scratch folder of their own.
 */
final class SourceWorkbooks {

    static final long SEED = 7;

    private final FixtureWorkbooks fixtures;
    private Path xlsx;
    private Path xls;

    SourceWorkbooks(Path scratch) throws IOException {
        Files.createDirectories(scratch);
        this.fixtures = new FixtureWorkbooks(scratch);
    }

    static Map<String, BigDecimal> values() {
        return ConsistentValues.monthly(SEED);
    }

    /** The valid .xlsx; the same file on every call, so never change it in place. */
    Path xlsx() throws IOException {
        if (xlsx == null) {
            xlsx = fixtures.monthly("source", values(), Map.of(), WriteOptions.official());
        }
        return xlsx;
    }

    /** The valid .xls (BIFF8); the same file on every call. */
    Path xls() throws IOException {
        if (xls == null) {
            xls = fixtures.monthly("source", values(), Map.of(), FixtureWorkbooks.options(o -> o.legacyXls = true));
        }
        return xls;
    }

    /** A valid .xlsx copied to {@code target}, to be changed there. */
    Path xlsxCopy(Path target) throws IOException {
        return Files.copy(xlsx(), target);
    }

    /** A GIA-M .xlsx with the given 基本信息 fields, written to {@code target}. */
    Path monthly(Map<String, String> info, Path target) throws IOException {
        String name = target.getFileName().toString().replaceFirst("\\.xlsx$", "") + ".tmp";
        Path written = fixtures.monthly(name, info, values(), Map.of(), WriteOptions.official());
        return Files.move(written, target);
    }
}
