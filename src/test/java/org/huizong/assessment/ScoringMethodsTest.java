package org.huizong.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringMethodsTest {

    private static final Set<String> KNOWN = Set.of(
            "days_late",
            "first_errors",
            "unjustified_warnings",
            "T3.R24.C7",
            "T3.R01.C7",
            "T3.R02.C7",
            "T4.RV.2",
            "T4.LD.2",
            "T1.A09.K1",
            "awards");

    private static Formula formula(String source) {
        return Formula.parse(source, KNOWN);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Map<String, BigDecimal> bindings(Object... pairs) {
        java.util.Map<String, BigDecimal> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], d(String.valueOf(pairs[i + 1])));
        }
        return map;
    }

    @Test
    void deductionTakesSoMuchPerEventAndStopsAtTheFloor() {
        Deduction deduction =
                new Deduction(List.of(new ScoringMethod.EventLine("迟报天数", formula("days_late"), d("3"))), d("0"));
        assertThat(deduction.score(d("15"), bindings("days_late", 2), null).points())
                .isEqualByComparingTo("9");
        assertThat(deduction.score(d("15"), bindings("days_late", 0), null).points())
                .isEqualByComparingTo("15");
        Scored floored = deduction.score(d("15"), bindings("days_late", 7), null);
        assertThat(floored.points()).isEqualByComparingTo("0");
        assertThat(floored.working()).contains("15 − 3 × 7（迟报天数） = -6").contains("不低于 0 分");
    }

    @Test
    void deductionAddsUpSeveralKindsOfEventAndMayHaveAFloorAboveZero() {
        Deduction quality = new Deduction(
                List.of(
                        new ScoringMethod.EventLine("首版错误", formula("first_errors"), d("5")),
                        new ScoringMethod.EventLine("未说明的警告", formula("unjustified_warnings"), d("1"))),
                d("5"));
        assertThat(quality.score(d("25"), bindings("first_errors", 2, "unjustified_warnings", 3), null)
                        .points())
                .isEqualByComparingTo("12");
        assertThat(quality.score(d("25"), bindings("first_errors", 5, "unjustified_warnings", 0), null)
                        .points())
                .isEqualByComparingTo("5");
    }

    @Test
    void bonusIsCappedAtTheIndicatorsPoints() {
        Bonus bonus = new Bonus(List.of(new ScoringMethod.EventLine("获奖", formula("awards"), d("2"))));
        assertThat(bonus.score(d("5"), bindings("awards", 2), null).points()).isEqualByComparingTo("4");
        Scored capped = bonus.score(d("5"), bindings("awards", 4), null);
        assertThat(capped.points()).isEqualByComparingTo("5");
        assertThat(capped.working()).contains("上限 5");
    }

    @Test
    void linearRatioIsRecomputedFromItsNumeratorAndDenominator() {
        LinearRatio ratio = new LinearRatio(formula("T3.R24.C7"), formula("T3.R01.C7 + T3.R02.C7"), d("15"));
        Scored scored = ratio.score(d("15"), bindings("T3.R24.C7", 9, "T3.R01.C7", 8, "T3.R02.C7", 4), null);
        assertThat(scored.raw()).isEqualByComparingTo("0.75");
        assertThat(scored.points()).isEqualByComparingTo("11.25");
        assertThat(scored.working()).contains("9 / 12 = 0.75", "15 × 9 / 12 = 11.25");
    }

    @Test
    void aUnitWithNoApplicationsGetsThePointsTheModelNamesForAZeroDenominator() {
        LinearRatio ratio = new LinearRatio(formula("T3.R24.C7"), formula("T3.R01.C7 + T3.R02.C7"), d("15"));
        Scored scored = ratio.score(d("15"), bindings("T3.R24.C7", 0, "T3.R01.C7", 0, "T3.R02.C7", 0), null);
        assertThat(scored.raw()).isNull();
        assertThat(scored.points()).isEqualByComparingTo("15");
        assertThat(scored.working()).contains("为 0");
    }

    @Test
    void linearRatioIsHeldWithinZeroAndOne() {
        LinearRatio ratio = new LinearRatio(formula("T3.R24.C7"), formula("T3.R01.C7"), d("0"));
        assertThat(ratio.score(d("15"), bindings("T3.R24.C7", 12, "T3.R01.C7", 10), null)
                        .points())
                .isEqualByComparingTo("15");
    }

    @Test
    void medianOfAnEvenGroupIsTheMeanOfTheTwoMiddleValues() {
        assertThat(GroupMedian.median(List.of(d("40"), d("10"), d("30"), d("20"))))
                .isEqualByComparingTo("25");
        assertThat(GroupMedian.median(List.of(d("5"), d("1"), d("3")))).isEqualByComparingTo("3");
        assertThat(GroupMedian.median(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void groupMedianGivesFullPointsAtOrAboveTheMedianAndAShareBelowIt() {
        GroupMedian median = new GroupMedian(formula("T1.A09.K1"));
        assertThat(median.score(d("20"), bindings("T1.A09.K1", 30), d("25")).points())
                .isEqualByComparingTo("20");
        assertThat(median.score(d("20"), bindings("T1.A09.K1", 10), d("25")).points())
                .isEqualByComparingTo("8");
        assertThat(median.score(d("20"), bindings("T1.A09.K1", 0), d("0")).points())
                .isEqualByComparingTo("20");
    }

    @Test
    void thresholdTableTakesTheHighestStepReached() {
        ThresholdTable table = new ThresholdTable(
                formula("T3.R24.C7 / T3.R01.C7"),
                List.of(
                        new ThresholdTable.Step(d("0.8"), d("6")),
                        new ThresholdTable.Step(d("0.95"), d("10")),
                        new ThresholdTable.Step(d("0.5"), d("3"))));
        assertThat(table.score(d("10"), bindings("T3.R24.C7", 96, "T3.R01.C7", 100), null)
                        .points())
                .isEqualByComparingTo("10");
        assertThat(table.score(d("10"), bindings("T3.R24.C7", 95, "T3.R01.C7", 100), null)
                        .points())
                .isEqualByComparingTo("10");
        assertThat(table.score(d("10"), bindings("T3.R24.C7", 80, "T3.R01.C7", 100), null)
                        .points())
                .isEqualByComparingTo("6");
        assertThat(table.score(d("10"), bindings("T3.R24.C7", 49, "T3.R01.C7", 100), null)
                        .points())
                .isEqualByComparingTo("0");
        assertThat(table.maximum(d("10"))).isEqualByComparingTo("10");
    }

    @Test
    void aFormulaThatDividesByZeroCannotBeComputed() {
        assertThatThrownBy(() -> formula("T3.R24.C7 / T3.R01.C7").evaluate(bindings("T3.R24.C7", 1, "T3.R01.C7", 0)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("无法计算");
    }

    @Test
    void formulasAreArithmeticOnly() {
        assertThatThrownBy(() -> formula("T3.R24.C7.getClass()")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> formula("days_late = 0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> formula("T9.R01.C7 + 1")).hasMessageContaining("“T9.R01.C7”既不是报表项目代码");
        assertThat(formula("days_late > 2 ? 1 : 0").evaluate(bindings("days_late", 3)))
                .isEqualByComparingTo("1");
    }
}
