package org.huizong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.huizong.form.ReportPeriod;
import org.huizong.unit.Unit;
import org.huizong.unit.UnitLevel;
import org.junit.jupiter.api.Test;

class CrossUnitRulesTest {

    private static final ReportPeriod OCTOBER = ReportPeriod.parse("2026-10");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 5);
    private static final LocalDateTime ON_TIME = LocalDateTime.of(2026, 11, 5, 23, 59);

    private final CrossUnitRules rules = new CrossUnitRules();

    @Test
    void twoUnitsWithIdenticalTablesEachGetUDup() {
        Map<String, BigDecimal> table = Map.of("T3.R01.C1", BigDecimal.ONE, "T3.R01.C7", BigDecimal.ONE);
        var result = rules.check(
                OCTOBER,
                DEADLINE,
                List.of(
                        CurrentSubmission.of(1, "A", "甲局", ON_TIME, table),
                        CurrentSubmission.of(
                                2,
                                "B",
                                "乙局",
                                ON_TIME,
                                Map.of("T3.R01.C1", BigDecimal.valueOf(1.0), "T3.R01.C7", BigDecimal.ONE)),
                        CurrentSubmission.of(
                                3,
                                "C",
                                "丙局",
                                ON_TIME,
                                Map.of("T3.R01.C1", BigDecimal.TEN, "T3.R01.C7", BigDecimal.TEN))),
                List.of(),
                DEADLINE);
        assertThat(result.byFile().get(1L)).extracting(Finding::rule).containsExactly("U-DUP");
        assertThat(result.byFile().get(1L).get(0).message()).contains("乙局");
        assertThat(result.byFile().get(2L).get(0).message()).contains("甲局");
        assertThat(result.byFile()).doesNotContainKey(3L);
    }

    @Test
    void manyIdenticalTablesGiveOneFindingEachNamingThreeOthersAndTheCount() {
        Map<String, BigDecimal> table = Map.of("T3.R01.C7", BigDecimal.ONE);
        List<CurrentSubmission> copies = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            copies.add(CurrentSubmission.of(i, "U" + i, "单位" + i, ON_TIME, table));
        }
        var result = rules.check(OCTOBER, DEADLINE, copies, List.of(), DEADLINE);
        assertThat(result.byFile())
                .hasSize(6)
                .allSatisfy((file, findings) -> assertThat(findings).hasSize(1));
        assertThat(result.byFile().get(1L).get(0).message()).startsWith("本单位报表与“单位2”“单位3”“单位4”等5个单位的报表");
    }

    @Test
    void allZeroTablesAreNotDuplicates() {
        Map<String, BigDecimal> zeros = Map.of("T3.R01.C1", BigDecimal.ZERO);
        var result = rules.check(
                OCTOBER,
                DEADLINE,
                List.of(
                        CurrentSubmission.of(1, "A", "甲局", ON_TIME, zeros),
                        CurrentSubmission.of(2, "B", "乙局", ON_TIME, zeros)),
                List.of(),
                DEADLINE);
        assertThat(result.byFile()).isEmpty();
    }

    @Test
    void lateMeansAfterTheDeadlineDay() {
        var result = rules.check(
                OCTOBER,
                DEADLINE,
                List.of(
                        CurrentSubmission.of(1, "A", "甲局", ON_TIME, Map.of()),
                        CurrentSubmission.of(2, "B", "乙局", LocalDateTime.of(2026, 11, 8, 9, 0), Map.of())),
                List.of(),
                DEADLINE);
        assertThat(result.byFile()).containsOnlyKeys(2L);
        Finding late = result.byFile().get(2L).get(0);
        assertThat(late.rule()).isEqualTo("U-LATE");
        assertThat(late.severity()).isEqualTo(Severity.INFO);
        assertThat(late.message()).contains("逾期3天");
    }

    @Test
    void unitsThatSentNothingAreMissing() {
        Unit silent = new Unit("X", "丁局", List.of(), "990102", "东城区", UnitLevel.COUNTY_DEPT, "商务", null, null);
        var result = rules.check(OCTOBER, DEADLINE, List.of(), List.of(silent), LocalDate.of(2026, 11, 20));
        assertThat(result.byMissingUnit().get("X").rule()).isEqualTo("U-MISSING");
        assertThat(result.byMissingUnit().get("X").message()).contains("2026年10月");
    }
}
