package org.huizong.badfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.InfoField;
import org.huizong.form.write.WriteOptions;
import org.huizong.monthly.JobWorkFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month whose inbox holds the whole bad-file corpus beside one unit's valid workbook, run by the monthly command in
 * its own JVM with a 256 MB heap, as an office runs it: the job completes (exit 0), every bad file has its finding in
 * findings.csv, and the valid unit is consolidated with exactly its figures.
 */
class HostileMonthTest {

    private static final String CITY_DEPT = "11990100MB0000029M";
    private static final long WAIT_SECONDS = 300;

    @TempDir
    Path folder;

    @Test
    void aMonthHoldingEveryBadFileCompletesAndCountsTheValidUnit() throws Exception {
        // given
        Path inbox = Files.createDirectories(folder.resolve("input/2026-10/东城区"));
        Path corpus = folder.resolve("corpus");
        List<BadFile> bad = BadFileCorpus.build(corpus);
        for (BadFile file : bad) {
            Files.move(corpus.resolve(file.name()), inbox.resolve(file.name()));
        }
        Map<String, BigDecimal> values = ConsistentValues.monthly(41);
        Map<String, String> info = FixtureWorkbooks.info("2026年10月");
        info.put(InfoField.UNIT_NAME, "示例市商务局");
        info.put(InfoField.USCC, CITY_DEPT);
        info.put(InfoField.COUNTY, "市本级");
        Path valid = new FixtureWorkbooks(corpus).monthly("商务局", info, values, Map.of(), WriteOptions.official());
        Files.move(
                valid,
                Files.createDirectories(folder.resolve("input/2026-10/市本级")).resolve("商务局10月.xlsx"));
        new JobWorkFolder(folder).config(FixtureWorkbooks.UNITS_CSV);

        // when
        Process job = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.huizong.HuizongApplication",
                        "monthly",
                        "--period",
                        "2026-10",
                        "--input",
                        "input",
                        "--output",
                        "output",
                        "--config",
                        "config")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("console.txt").toFile())
                .start();
        if (!job.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            job.destroyForcibly().waitFor();
            throw new AssertionError(
                    "the monthly command did not finish; console:\n" + Files.readString(folder.resolve("console.txt")));
        }

        // then
        assertThat(job.exitValue())
                .as("exit status; console:%n%s", Files.readString(folder.resolve("console.txt")))
                .isZero();
        Map<String, String> rules = new HashMap<>();
        for (CSVRecord row : csv("findings.csv")) {
            String name = Path.of(row.get("file")).getFileName().toString();
            if (!row.get("rule")
                    .startsWith("U-")) { // the unit's rules (late, missing) speak of the unit, not of the file
                rules.merge(name, row.get("rule"), (a, b) -> a + "," + b);
            }
        }
        Map<String, Long> copies = new HashMap<>();
        for (BadFile file : bad) {
            copies.merge(org.huizong.submission.FileArchive.sha256(inbox.resolve(file.name())), 1L, Long::sum);
        }
        for (BadFile file : bad) {
            boolean hasCopy = Files.size(inbox.resolve(file.name())) > 0
                    && copies.get(org.huizong.submission.FileArchive.sha256(inbox.resolve(file.name()))) > 1;
            assertThat(rules.get(file.name()))
                    .as("%s (%s)", file.name(), file.why())
                    .isIn(hasCopy ? List.of(file.expectedRule(), "F09") : List.of(file.expectedRule()));
        }
        Map<String, BigDecimal> consolidated = new HashMap<>();
        for (CSVRecord row : csv("consolidated.csv")) {
            if (row.get("scope_code").equals(CITY_DEPT)) {
                consolidated.put(row.get("item"), new BigDecimal(row.get("value")));
            }
        }
        assertThat(consolidated).as("the valid unit's figures").hasSize(values.size());
        values.forEach(
                (item, value) -> assertThat(consolidated.get(item)).as(item).isEqualByComparingTo(value));
    }

    private List<CSVRecord> csv(String name) throws Exception {
        try (Reader reader =
                Files.newBufferedReader(folder.resolve("output/2026-10").resolve(name), StandardCharsets.UTF_8)) {
            assertThat(reader.read())
                    .as("%s starts with a byte order mark", name)
                    .isEqualTo('\uFEFF');
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(reader)
                    .getRecords();
        }
    }
}
