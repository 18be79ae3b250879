package org.huizong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.huizong.form.write.CellFormat;
import org.huizong.form.write.ReportCell;
import org.junit.jupiter.api.Test;

/** How an indicator reads in a report cell: ratios of sums, dashes with their reason, changes. */
class IndicatorCellsTest {

    private static final Indicator COMPLETION = new Indicator(
            "COMPLETION_RATE", "依申请公开", "办结率", List.of("T3.R24.C7"), List.of("T3.R01.C7", "T3.R02.C7"), null, true);
    private static final Indicator RECEIVED =
            new Indicator("APPLICATIONS", "依申请公开", "新收申请（件）", List.of("T3.R01.C7"), List.of(), null, true);

    @Test
    void aRatioIsTheQuotientOfTheSummedItemsNotTheMeanOfTheUnitsRatios() {
        ScopeFigures county = scope(2, Map.of("T3.R24.C7", 10, "T3.R01.C7", 90, "T3.R02.C7", 10));
        ReportCell cell = IndicatorCells.value(COMPLETION, county);
        assertThat(cell.number()).isCloseTo(0.1, within(1e-12));
        assertThat(cell.format()).isEqualTo(CellFormat.PERCENT);
        assertThat(cell.text()).isEqualTo("10.0%");
    }

    @Test
    void aZeroDenominatorAndAScopeWithoutUnitsAreDashesWithTheirReasonNeverZeroPercent() {
        assertThat(IndicatorCells.value(COMPLETION, scope(3, Map.of())).text()).isEqualTo("—（分母为0）");
        assertThat(IndicatorCells.value(COMPLETION, scope(3, Map.of())).isNumber())
                .isFalse();
        assertThat(IndicatorCells.value(COMPLETION, scope(0, Map.of())).text()).isEqualTo("—（无纳入单位）");
        assertThat(IndicatorCells.value(RECEIVED, scope(0, Map.of())).text()).isEqualTo("—（无纳入单位）");
        assertThat(IndicatorCells.value(RECEIVED, null).text()).isEqualTo("—（未汇总）");
        assertThat(IndicatorCells.value(RECEIVED, scope(1, Map.of())).number()).isZero();
    }

    @Test
    void aRatioChangesInPercentagePointsACountRelativelyAndNothingAgainstNoBase() {
        ScopeFigures now = scope(1, Map.of("T3.R24.C7", 9, "T3.R01.C7", 10, "T3.R02.C7", 0));
        ScopeFigures before = scope(1, Map.of("T3.R24.C7", 8, "T3.R01.C7", 10, "T3.R02.C7", 0));
        assertThat(IndicatorCells.change(COMPLETION, now, before).text()).isEqualTo("+10.0个百分点");
        assertThat(IndicatorCells.change(RECEIVED, now, scope(1, Map.of("T3.R01.C7", 8)))
                        .text())
                .isEqualTo("+25.0%");
        assertThat(IndicatorCells.change(RECEIVED, now, scope(1, Map.of())).text())
                .isEqualTo("—（基数为0）");
        assertThat(IndicatorCells.change(COMPLETION, now, scope(1, Map.of())).text())
                .isEqualTo("—");
    }

    @Test
    void aCountyAgainstTheCityIsADifferenceOfRatiosOrAShareOfTheCount() {
        ScopeFigures county = scope(1, Map.of("T3.R24.C7", 3, "T3.R01.C7", 4, "T3.R02.C7", 0));
        ScopeFigures city = scope(2, Map.of("T3.R24.C7", 5, "T3.R01.C7", 10, "T3.R02.C7", 0));
        assertThat(IndicatorCells.againstCity(COMPLETION, county, city).text()).isEqualTo("+25.0个百分点");
        assertThat(IndicatorCells.againstCity(RECEIVED, county, city).text()).isEqualTo("40.0%");
        assertThat(IndicatorCells.againstCity(RECEIVED, scope(0, Map.of()), city)
                        .text())
                .isEqualTo("—（无纳入单位）");
    }

    @Test
    void theFormulaIsWrittenInItemCodes() {
        assertThat(COMPLETION.formula()).isEqualTo("T3.R24.C7 ÷ （T3.R01.C7 + T3.R02.C7）");
        assertThat(RECEIVED.formula()).isEqualTo("T3.R01.C7");
    }

    private static ScopeFigures scope(int counted, Map<String, Integer> values) {
        Map<String, BigDecimal> figures = new java.util.HashMap<>();
        values.forEach((item, value) -> figures.put(item, BigDecimal.valueOf(value)));
        return new ScopeFigures("990102", "东城区", counted, 3, figures);
    }
}
