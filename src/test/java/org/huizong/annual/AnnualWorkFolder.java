package org.huizong.annual;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The folders of the annual job test and how to read its outputs. */
record AnnualWorkFolder(Path root) {

    static AnnualWorkFolder create() {
        try {
            return new AnnualWorkFolder(Files.createTempDirectory("huizong-annual-"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void drop(DemoCityPlan plan, List<DemoSubmission> submissions) throws IOException {
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve("config/units.csv"), plan.unitsCsv());
        Files.writeString(root.resolve("config/city.yml"), plan.cityYml());
        new DemoWorkbooks(FormCatalog.bundled().get(FormCatalog.MONTHLY))
                .write(plan, submissions, root.resolve("input"));
    }

    Path data() {
        return root.resolve("data");
    }

    JobParameters parameters(String period) {
        return new JobParametersBuilder()
                .addString(JobParameterNames.PERIOD, period)
                .addLong(JobParameterNames.RUN, 1L)
                .addString(JobParameterNames.INPUT, root.resolve("input").toString(), false)
                .addString(JobParameterNames.OUTPUT, root.resolve("output").toString(), false)
                .addString(JobParameterNames.CONFIG, root.resolve("config").toString(), false)
                .toJobParameters();
    }

    List<CSVRecord> csv(String period, String name) throws IOException {
        try (Reader reader =
                Files.newBufferedReader(root.resolve("output").resolve(period).resolve(name), StandardCharsets.UTF_8)) {
            if (reader.read() != '\uFEFF') {
                throw new AssertionError(name + " does not start with a byte order mark");
            }
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(reader)
                    .getRecords();
        }
    }

    Map<String, BigDecimal> consolidated(String period) throws IOException {
        Map<String, BigDecimal> values = new HashMap<>();
        for (CSVRecord row : csv(period, "consolidated.csv")) {
            values.put(
                    row.get("scope") + "|" + row.get("scope_code") + "|" + row.get("item"),
                    new BigDecimal(row.get("value")));
        }
        return values;
    }
}
