package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.huizong.demo.DemoCityPlan;
import org.huizong.demo.DemoSubmission;
import org.huizong.demo.DemoWorkbooks;
import org.huizong.form.FormCatalog;
import org.huizong.system.JobParameterNames;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** A temporary folder with the input, output, config and data of a job test, and how to read its outputs. */
public record JobWorkFolder(Path root) {

    public static JobWorkFolder create(String prefix) {
        try {
            return new JobWorkFolder(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the plan's directory and settings, and the given submissions as workbooks. */
    void drop(DemoCityPlan plan, List<DemoSubmission> submissions) throws IOException {
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve("config/units.csv"), plan.unitsCsv());
        Files.writeString(root.resolve("config/city.yml"), plan.cityYml());
        new DemoWorkbooks(FormCatalog.bundled().get(FormCatalog.MONTHLY))
                .write(plan, submissions, root.resolve("input"));
    }

    /** The directory and settings of the fixture units (东城区市场监督管理局 and 示例市商务局). */
    void fixtureConfig() throws IOException {
        config(org.huizong.fixtures.FixtureWorkbooks.UNITS_CSV);
    }

    /** The given unit directory (units.csv) in the fixture city 示例市, whose monthly deadline is the 5th. */
    public void config(String unitsCsv) throws IOException {
        Path config = Files.createDirectories(root.resolve("config"));
        Files.writeString(config.resolve("units.csv"), unitsCsv);
        Files.writeString(config.resolve("city.yml"), "code: \"990100\"\nname: 示例市\nmonthly-deadline-day: 5\n");
    }

    public JobParameters parameters(YearMonth month, long run) {
        return new JobParametersBuilder()
                .addString(JobParameterNames.PERIOD, month.toString())
                .addLong(JobParameterNames.RUN, run)
                .addString(JobParameterNames.INPUT, root.resolve("input").toString(), false)
                .addString(JobParameterNames.OUTPUT, root.resolve("output").toString(), false)
                .addString(JobParameterNames.CONFIG, root.resolve("config").toString(), false)
                .toJobParameters();
    }

    public Path output(YearMonth month, String name) {
        return root.resolve("output").resolve(month.toString()).resolve(name);
    }

    public Path data() {
        return root.resolve("data");
    }

    /** A CSV output, checking its BOM. */
    public List<CSVRecord> csv(YearMonth month, String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(output(month, name), StandardCharsets.UTF_8)) {
            assertThat((char) reader.read()).as("UTF-8 BOM").isEqualTo('\uFEFF');
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(reader)
                    .getRecords();
        }
    }

    /** consolidated.csv as scope|code|item → value. */
    public Map<String, BigDecimal> consolidated(YearMonth month) throws IOException {
        Map<String, BigDecimal> values = new HashMap<>();
        for (CSVRecord row : csv(month, "consolidated.csv")) {
            values.put(
                    row.get("scope") + "|" + row.get("scope_code") + "|" + row.get("item"),
                    new BigDecimal(row.get("value")));
        }
        return values;
    }
}
