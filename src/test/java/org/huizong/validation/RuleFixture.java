package org.huizong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ReportPeriod;
import org.huizong.form.read.ItemCell;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.form.read.WorkbookLimits;
import org.huizong.form.read.WorkbookReading;
import org.huizong.form.write.WriteOptions;
import org.huizong.unit.UnitDirectory;
import org.huizong.unit.UnitDirectoryCsv;
import org.junit.jupiter.api.io.TempDir;

/** The fixture of the rule tests: consistent values to break, the unit's 基本信息, its history, and how to check. */
abstract class RuleFixture {

    static final FormDescriptor FORM = FixtureWorkbooks.monthlyForm();
    static final ReportPeriod OCTOBER = ReportPeriod.month(YearMonth.of(2026, 10));

    @TempDir
    Path dir;

    Map<String, BigDecimal> values = new LinkedHashMap<>(ConsistentValues.monthly(11));
    final Map<String, String> raw = new LinkedHashMap<>();
    final Map<String, String> info = FixtureWorkbooks.info("2026年10月");
    AcceptedHistory history = AcceptedHistory.none();

    record Result(WorkbookReading reading, CheckedSubmission checked) {}

    Result check(WriteOptions options) throws IOException {
        Path file = new FixtureWorkbooks(dir).monthly("case", info, values, raw, options);
        WorkbookReading reading =
                new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(file, FORM);
        return new Result(
                reading,
                withHistory(
                        new SubmissionValidator().validate(reading, context("东城区/case.xlsx")),
                        context("东城区/case.xlsx")));
    }

    /** What the job does in two steps: the submission's own checks at ingestion, then those against its history. */
    static CheckedSubmission withHistory(CheckedSubmission checked, SubmissionContext context) {
        if (checked.unit() == null || checked.status() == SubmissionStatus.REJECTED) {
            return checked;
        }
        List<Finding> findings = new java.util.ArrayList<>(checked.findings());
        findings.addAll(new HistoryValidator().check(checked.unit(), context, checked.values(), checked.locations()));
        return new CheckedSubmission(
                checked.unit(),
                checked.values(),
                findings,
                checked.contactPerson(),
                checked.contactPhone(),
                checked.justifications(),
                checked.locations());
    }

    CheckedSubmission validate(Path file, String relativePath) throws IOException {
        WorkbookReading reading =
                new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(file, FORM);
        return new SubmissionValidator().validate(reading, context(relativePath));
    }

    Result assertRejected(Path file, String rule) throws IOException {
        return assertRejected(file, rule, WorkbookLimits.defaults());
    }

    Result assertRejected(Path file, String rule, WorkbookLimits limits) throws IOException {
        WorkbookReading reading = new SubmissionReader(new WorkbookGridLoader(limits)).read(file, FORM);
        CheckedSubmission checked = new SubmissionValidator().validate(reading, context("东城区/" + file.getFileName()));
        assertThat(checked.findings()).extracting(Finding::rule).containsExactly(rule);
        assertThat(checked.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(checked.values()).isEmpty();
        return new Result(reading, checked);
    }

    SubmissionContext context(String relativePath) throws IOException {
        UnitDirectory directory =
                new UnitDirectoryCsv().read(new StringReader(FixtureWorkbooks.UNITS_CSV), "units.csv");
        return new SubmissionContext(FORM, OCTOBER, directory, relativePath, history);
    }

    /** Each expected finding as {@code RULE@ITEM} (or {@code RULE@} for a file-level finding), in any order. */
    static void assertFindings(Result result, String... expected) {
        List<String> actual = result.checked().findings().stream()
                .map(f -> f.rule() + "@" + itemAt(result, f))
                .toList();
        assertThat(actual).containsExactlyInAnyOrder(expected);
    }

    static String itemAt(Result result, Finding finding) {
        return result.reading().cells().stream()
                .filter(c -> c.sheetName().equals(finding.sheet())
                        && c.address().a1().equals(finding.cell()))
                .map(c -> c.item().code())
                .findFirst()
                .orElse("");
    }

    static String cellOf(Result result, String item) {
        return result.reading().cells().stream()
                .filter(c -> c.item().code().equals(item))
                .map(ItemCell::address)
                .findFirst()
                .orElseThrow()
                .a1();
    }

    /** Earlier months (the newest last) in which only {@code item} varies: for rules that read a series. */
    Map<String, Map<String, BigDecimal>> historyOf(String item, int... series) {
        Map<String, Map<String, BigDecimal>> months = new LinkedHashMap<>();
        for (int i = 0; i < series.length; i++) {
            Map<String, BigDecimal> month = new LinkedHashMap<>(values);
            month.put(item, BigDecimal.valueOf(series[i]));
            month.put("T4.RV.5", BigDecimal.ZERO);
            month.put("T4.LD.5", BigDecimal.ZERO);
            month.put("T4.LR.5", BigDecimal.ZERO);
            month.put(
                    "T2.G2.M3",
                    values.get("T2.G2.M3").subtract(values.get("T2.G2.M1")).add(values.get("T2.G2.M2")));
            month.put("T2.G1.M3", BigDecimal.ZERO);
            closeCarryOver(month);
            months.put(OCTOBER.yearMonth().minusMonths(series.length - i).toString(), month);
        }
        return months;
    }

    /** Makes a previous month close with what this month opens with, so P-CARRY holds. */
    void closeCarryOver(Map<String, BigDecimal> previous) {
        for (String column : List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7")) {
            previous.put("T3.R25." + column, values.get("T3.R02." + column));
        }
        previous.put("T2.G2.M3", previous.get("T2.G2.M3"));
    }

    void add(String item, int delta) {
        values.put(item, values.get(item).add(BigDecimal.valueOf(delta)));
    }

    String columnWithPending() {
        return ConsistentValues.T3_COLUMNS.stream()
                .filter(c -> values.get("T3.R25." + c).signum() > 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("fixture seed has no pending applications"));
    }

    static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) (c - '0' + '０') : (char) c));
        return out.toString();
    }
}
