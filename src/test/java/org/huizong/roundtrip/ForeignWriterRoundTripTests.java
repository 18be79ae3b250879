package org.huizong.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.huizong.HuizongApplication;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestDatabase;
import org.huizong.form.InfoField;
import org.huizong.monthly.JobWorkFolder;
import org.huizong.submission.StoredValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Workbooks that real foreign programs wrote read as the originals they came from (issue 15). The project writes a
 * clean GIA-M workbook for each {@link RoundTrip}, each of its own unit and values, with totals as numbers or as
 * formulas; the monthly job ingests them; then LibreOffice, Gnumeric, openpyxl, xlsxwriter and xlwt re-save or
 * rewrite each one, the unit sends the result as its next version, and the job runs again. Each round-tripped
 * workbook must give its unit exactly the original's figures, stored and consolidated, and no finding above INFO
 * that the original did not have.
 */
@SpringBootTest(classes = HuizongApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag(Suites.WRITERS)
class ForeignWriterRoundTripTests {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final String ORIGINALS = "原件";
    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-writers-");

    @Autowired
    private Job monthlyJob;

    @Autowired
    private JobOperator operator;

    @Autowired
    private JdbcClient jdbc;

    private final Map<RoundTrip, Path> originals = new EnumMap<>(RoundTrip.class);
    private final Map<RoundTrip, Path> roundTrips = new EnumMap<>(RoundTrip.class);
    private final Map<RoundTrip, String> writerFailures = new EnumMap<>(RoundTrip.class);
    private Map<String, BigDecimal> consolidatedFromOriginals;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "foreign-writers");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
    }

    @BeforeAll
    void theOriginalsThenTheirRoundTripsAreIngested() throws Exception {
        ForeignWriters.requireInstalled();
        WORK.config(RoundTrip.unitsCsv());
        Path month = Files.createDirectories(WORK.root().resolve("input").resolve(OCTOBER.toString()));
        FixtureWorkbooks fixtures = new FixtureWorkbooks(Files.createDirectories(month.resolve(ORIGINALS)));
        for (RoundTrip trip : RoundTrip.values()) {
            originals.put(trip, received(original(fixtures, trip), "2026-11-02T09:00:00Z"));
        }
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 1)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        consolidatedFromOriginals = WORK.consolidated(OCTOBER);

        ForeignWriters writers =
                new ForeignWriters(Files.createDirectories(WORK.root().resolve("scratch")));
        for (RoundTrip trip : RoundTrip.values()) {
            Path target =
                    Files.createDirectories(month.resolve(trip.folder())).resolve(trip.unitName() + trip.extension());
            Path totals = TotalCells.write(
                    TotalCells.of(FixtureWorkbooks.monthlyForm(), originals.get(trip)),
                    WORK.root().resolve("scratch").resolve(trip.folder() + ".json"));
            try {
                trip.convert(writers, originals.get(trip), totals, target);
                roundTrips.put(trip, received(target, "2026-11-03T09:00:00Z"));
            } catch (IOException | RuntimeException e) {
                writerFailures.put(trip, e.getMessage());
            }
        }
        assertThat(operator.start(monthlyJob, WORK.parameters(OCTOBER, 2)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void theOriginalsGiveTheirUnitsTheirValuesAndNoFindingAboveInfo() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (RoundTrip trip : RoundTrip.values()) {
            softly.assertThat(differences(
                            ConsistentValues.monthly(trip.seed()), unitFigures(consolidatedFromOriginals, trip)))
                    .as("%s: the original's consolidated figures that differ from the values written", trip)
                    .isEmpty();
            softly.assertThat(findingsAboveInfo(originals.get(trip)).values())
                    .as("%s: the original's findings above INFO", trip)
                    .isEmpty();
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RoundTrip.class)
    void aRoundTrippedWorkbookGivesTheOriginalsFiguresAndNoNewFinding(RoundTrip trip) throws IOException {
        // given
        assertThat(writerFailures.get(trip)).as("%s: the writer failed", trip).isNull();
        ReceivedFile original = receivedFile(originals.get(trip));
        ReceivedFile roundTrip = receivedFile(roundTrips.get(trip));
        StoredValues stored = new StoredValues(jdbc);

        // when
        List<String> storedDifferences = differences(stored.figures(original.id()), stored.figures(roundTrip.id()));
        Map<String, BigDecimal> consolidated = unitFigures(WORK.consolidated(OCTOBER), trip);
        Map<String, String> newFindings = findingsAboveInfo(roundTrips.get(trip));
        newFindings.keySet().removeAll(findingsAboveInfo(originals.get(trip)).keySet());

        // then
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(roundTrip.uscc())
                .as("%s: the unit the workbook was identified as", trip)
                .isEqualTo(trip.uscc());
        softly.assertThat(roundTrip.current())
                .as("%s: the workbook is its unit's current version", trip)
                .isTrue();
        softly.assertThat(newFindings.values())
                .as("%s: findings above INFO the original does not have", trip)
                .isEmpty();
        softly.assertThat(storedDifferences)
                .as("%s: stored figures that differ from the original's (item original → round trip)", trip)
                .isEmpty();
        softly.assertThat(consolidated)
                .as("%s: the unit's figures in consolidated.csv (none: the unit is not counted)", trip)
                .isNotEmpty();
        if (!consolidated.isEmpty()) {
            softly.assertThat(differences(unitFigures(consolidatedFromOriginals, trip), consolidated))
                    .as("%s: the unit's consolidated figures that differ from the original's", trip)
                    .isEmpty();
        }
        softly.assertAll();
    }

    private record ReceivedFile(long id, String uscc, boolean current) {}

    private static Path original(FixtureWorkbooks fixtures, RoundTrip trip) throws IOException {
        Map<String, String> info = new HashMap<>(FixtureWorkbooks.info("2026年10月"));
        info.put(InfoField.UNIT_NAME, trip.unitName());
        info.put(InfoField.USCC, trip.uscc());
        return fixtures.monthly(
                trip.unitName(),
                info,
                ConsistentValues.monthly(trip.seed()),
                Map.of(),
                FixtureWorkbooks.options(o -> o.formulaTotals = trip.formulaTotals()));
    }

    private ReceivedFile receivedFile(Path file) {
        return jdbc.sql(
                        "SELECT id, unit_uscc, is_current FROM received_file WHERE period = :period AND relative_path = :path")
                .param("period", OCTOBER.toString())
                .param("path", relativePath(file))
                .query((rs, n) -> new ReceivedFile(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .single();
    }

    /** The file's findings above INFO in findings.csv, by rule and cell, each with its message. */
    private static Map<String, String> findingsAboveInfo(Path file) throws IOException {
        Map<String, String> findings = new LinkedHashMap<>();
        String name = OCTOBER + "/" + relativePath(file);
        for (CSVRecord row : WORK.csv(OCTOBER, "findings.csv")) {
            if (row.get("file").equals(name) && !row.get("severity").equals("INFO")) {
                findings.put(
                        row.get("rule") + " " + row.get("sheet") + "!" + row.get("cell"),
                        row.get("rule") + " " + row.get("severity") + " " + row.get("sheet") + "!" + row.get("cell")
                                + ": " + row.get("message"));
            }
        }
        return findings;
    }

    /** The unit's rows of consolidated.csv as item → value. */
    private static Map<String, BigDecimal> unitFigures(Map<String, BigDecimal> consolidated, RoundTrip trip) {
        String prefix = "UNIT|" + trip.uscc() + "|";
        Map<String, BigDecimal> figures = new HashMap<>();
        consolidated.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                figures.put(key.substring(prefix.length()), value);
            }
        });
        return figures;
    }

    /** Each item whose figure differs between the two, or that only one has, as "item expected → actual". */
    private static List<String> differences(Map<String, BigDecimal> expected, Map<String, BigDecimal> actual) {
        TreeSet<String> items = new TreeSet<>(expected.keySet());
        items.addAll(actual.keySet());
        List<String> differences = new ArrayList<>();
        for (String item : items) {
            BigDecimal wanted = expected.get(item);
            BigDecimal got = actual.get(item);
            if (wanted == null || got == null || wanted.compareTo(got) != 0) {
                differences.add(item + " " + plain(wanted) + " → " + plain(got));
            }
        }
        return differences;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "(none)" : value.stripTrailingZeros().toPlainString();
    }

    private static String relativePath(Path file) {
        return WORK.root()
                .resolve("input")
                .resolve(OCTOBER.toString())
                .relativize(file)
                .toString()
                .replace('\\', '/');
    }

    private static Path received(Path file, String instant) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(instant)));
        return file;
    }
}
