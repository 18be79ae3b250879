package org.huizong.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.InfoField;
import org.huizong.form.ReportPeriod;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.form.read.WorkbookLimits;
import org.huizong.form.read.WorkbookReading;
import org.huizong.form.write.WriteOptions;
import org.junit.jupiter.api.Test;

/** rules.md "Across periods and history": one fixture workbook per rule, with the history it is judged against. */
class HistoryRulesTest extends RuleFixture {

    @Test
    void PCarryOpeningAgainstLastMonthsClosing() throws Exception {
        Map<String, BigDecimal> september = new LinkedHashMap<>(values);
        for (String column : List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7")) {
            september.put("T3.R25." + column, values.get("T3.R02." + column));
        }
        september.put("T3.R25.C1", values.get("T3.R02.C1").add(BigDecimal.valueOf(2)));
        september.put("T3.R25.C7", values.get("T3.R02.C7").add(BigDecimal.valueOf(2)));
        history = new MapHistory(Map.of("2026-09", september));
        Result result = check(WriteOptions.official());
        assertFindings(result, "P-CARRY@T3.R02.C1", "P-CARRY@T3.R02.C7");
        assertThat(result.checked().findings().get(0).message()).contains("2026年9月");
    }

    @Test
    void PCarryInJanuaryLooksAtDecember() throws Exception {
        info.put(InfoField.PERIOD, "2026年1月");
        Map<String, BigDecimal> december = new LinkedHashMap<>(values);
        closeCarryOver(december);
        december.put("T3.R25.C2", values.get("T3.R02.C2").add(BigDecimal.ONE));
        december.put("T3.R25.C7", values.get("T3.R02.C7").add(BigDecimal.ONE));
        history = new MapHistory(Map.of("2025-12", december));
        Path file = new FixtureWorkbooks(dir).monthly("january-carry", info, values, raw, WriteOptions.official());
        WorkbookReading reading =
                new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(file, FORM);
        SubmissionContext january = new SubmissionContext(
                FORM,
                ReportPeriod.parse("2026-01"),
                context("东城区/january.xlsx").directory(),
                "东城区/january.xlsx",
                history);
        assertThat(withHistory(new SubmissionValidator().validate(reading, january), january)
                        .findings())
                .extracting(Finding::rule, Finding::columnLabel)
                .containsExactlyInAnyOrder(tuple("P-CARRY", "申请人情况/法人或其他组织/商业企业"), tuple("P-CARRY", "申请人情况/总计"));
    }

    @Test
    void PCarryIsNotCheckedWithoutAnAcceptedPreviousPeriod() throws Exception {
        Map<String, BigDecimal> august = new LinkedHashMap<>(values);
        august.put("T3.R25.C1", values.get("T3.R02.C1").add(BigDecimal.TEN));
        history = new MapHistory(Map.of("2026-08", august));
        assertThat(check(WriteOptions.official()).checked().findings())
                .extracting(Finding::rule)
                .doesNotContain("P-CARRY");
    }

    @Test
    void PStockStockThatDoesNotFollowItsFlows() throws Exception {
        Map<String, BigDecimal> september = new LinkedHashMap<>(values);
        september.put(
                "T2.G2.M3",
                values.get("T2.G2.M3")
                        .subtract(values.get("T2.G2.M1"))
                        .add(values.get("T2.G2.M2"))
                        .add(BigDecimal.TEN));
        closeCarryOver(september);
        history = new MapHistory(Map.of("2026-09", september));
        Result result = check(WriteOptions.official());
        assertFindings(result, "P-STOCK@T2.G2.M3");
        assertThat(result.checked().findings().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void PYtdCasesToDateDecrease() throws Exception {
        Map<String, BigDecimal> september = new LinkedHashMap<>(values);
        september.put("T4.RV.5", values.get("T4.RV.5").add(BigDecimal.ONE));
        september.put("T4.RV.1", values.get("T4.RV.1").add(BigDecimal.ONE));
        closeCarryOver(september);
        history = new MapHistory(Map.of("2026-09", september));
        assertFindings(check(WriteOptions.official()), "P-YTD@T4.RV.5");
    }

    @Test
    void PYtdStartsAgainInJanuary() throws Exception {
        info.put(InfoField.PERIOD, "2026年1月");
        Map<String, BigDecimal> december = new LinkedHashMap<>(values);
        december.put("T4.RV.5", values.get("T4.RV.5").add(BigDecimal.TEN));
        december.put("T4.RV.1", values.get("T4.RV.1").add(BigDecimal.TEN));
        closeCarryOver(december);
        history = new MapHistory(Map.of("2025-12", december));
        Path file = new FixtureWorkbooks(dir).monthly("january", info, values, raw, WriteOptions.official());
        WorkbookReading reading =
                new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(file, FORM);
        SubmissionContext january = new SubmissionContext(
                FORM,
                ReportPeriod.parse("2026-01"),
                context("东城区/january.xlsx").directory(),
                "东城区/january.xlsx",
                history);
        assertThat(withHistory(new SubmissionValidator().validate(reading, january), january)
                        .findings())
                .isEmpty();
    }

    @Test
    void PSameEveryValueAsLastMonth() throws Exception {
        history = new MapHistory(Map.of("2026-09", new LinkedHashMap<>(values)));
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings()).extracting(Finding::rule).contains("P-SAME");
    }

    @Test
    void POutlierFarOutsideTheUnitsOwnHistoryWithTheHistoryInTheMessage() throws Exception {
        history = new MapHistory(historyOf("T3.R01.C7", 10, 12, 11, 9, 10, 13));
        Result result = check(WriteOptions.official());
        BigDecimal applications = values.get("T3.R01.C7");
        boolean far = Math.abs(0.6745 * (applications.doubleValue() - 10.5) / 1.0) > 3.5;
        assertThat(far).as("fixture's applications are far from 10.5").isTrue();
        assertThat(result.checked().findings())
                .filteredOn(f -> f.rule().equals("P-OUTLIER"))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.message()).contains("近6期：10、12、11、9、10、13").contains("中位数10.5"));
    }

    @Test
    void POutlierNeedsSixPeriodsOfHistory() throws Exception {
        history = new MapHistory(historyOf("T3.R01.C7", 10, 12, 11, 9, 10));
        assertThat(check(WriteOptions.official()).checked().findings())
                .extracting(Finding::rule)
                .doesNotContain("P-OUTLIER");
    }

    @Test
    void PFeeUnitYuanTypedIntoAWanYuanCell() throws Exception {
        history = new MapHistory(historyOf("T2.G6.M5", 1, 2, 1));
        values.put("T2.G6.M5", new BigDecimal("1500"));
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings())
                .extracting(f -> f.rule() + "@" + itemAt(result, f))
                .contains("P-FEE-UNIT@T2.G6.M5");
    }
}
