package org.huizong.monthly;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.demo.DemoCityPlan;
import org.huizong.demo.DemoUnit;

/**
 * What the comparison workbook must show for each county of a month of the demo city, computed here from the plan's
 * expected sums ({@link DemoCityExpectations}) with the indicators written out again: counts are sums, ratios the
 * quotient of the summed items, a zero denominator or a county without counted units a dash with its reason.
 */
final class DemoComparisonExpectations {

    /** Indicator name → numerator items, denominator items (empty for a count). */
    static final Map<String, List<List<String>>> INDICATORS = new LinkedHashMap<>();

    static {
        INDICATORS.put("新收申请（件）", List.of(List.of("T3.R01.C7"), List.of()));
        INDICATORS.put("办结率", List.of(List.of("T3.R24.C7"), List.of("T3.R01.C7", "T3.R02.C7")));
        INDICATORS.put("公开率", List.of(List.of("T3.R03.C7", "T3.R04.C7"), List.of("T3.R24.C7")));
        INDICATORS.put("被纠错（件）", List.of(List.of("T4.RV.2", "T4.LD.2", "T4.LR.2"), List.of()));
        INDICATORS.put("复议纠错率", List.of(List.of("T4.RV.2"), List.of("T4.RV.1", "T4.RV.2", "T4.RV.3")));
        INDICATORS.put("主动公开合计", List.of(List.of("T1.A09.K1"), List.of()));
        INDICATORS.put("政策文件", List.of(List.of("T1.A02.K1"), List.of()));
        INDICATORS.put("咨询合计", List.of(List.of("T1.B04.V"), List.of()));
    }

    private final DemoCityPlan plan;
    private final YearMonth month;
    private final DemoCityExpectations expected;

    DemoComparisonExpectations(DemoCityPlan plan, YearMonth month, DemoCityExpectations expected) {
        this.plan = plan;
        this.month = month;
        this.expected = expected;
    }

    /** County name → the label prefix of its row ({@code 金沙区（20/23）}) → indicator → expected cell. */
    Map<String, Map<String, Object>> byCounty() {
        Map<String, BigDecimal> sums = expected.consolidated(plan.cityCode());
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        Map<String, String> counties = new LinkedHashMap<>();
        plan.units().stream()
                .filter(u -> u.isActiveIn(month))
                .forEach(u -> counties.put(u.countyCode(), u.countyName()));
        counties.forEach((code, name) -> {
            long active = plan.units().stream()
                    .filter(u -> u.isActiveIn(month) && u.countyCode().equals(code))
                    .map(DemoUnit::uscc)
                    .distinct()
                    .count();
            long counted = expected.counted().keySet().stream()
                    .filter(uscc -> countyOf(uscc).equals(code))
                    .count();
            rows.put(name + "（" + counted + "/" + active + "）", cells("COUNTY|" + code + "|", sums, counted));
        });
        long active = plan.units().stream()
                .filter(u -> u.isActiveIn(month))
                .map(DemoUnit::uscc)
                .distinct()
                .count();
        rows.put(
                "全市（" + expected.counted().size() + "/" + active + "）",
                cells("CITY|" + plan.cityCode() + "|", sums, expected.counted().size()));
        return rows;
    }

    private Map<String, Object> cells(String scope, Map<String, BigDecimal> sums, long counted) {
        Map<String, Object> cells = new LinkedHashMap<>();
        INDICATORS.forEach((name, items) -> {
            BigDecimal top = sum(scope, items.get(0), sums);
            BigDecimal bottom = sum(scope, items.get(1), sums);
            Object cell;
            if (counted == 0) {
                cell = "—（无纳入单位）";
            } else if (items.get(1).isEmpty()) {
                cell = top.doubleValue();
            } else {
                cell = bottom.signum() == 0
                        ? "—（分母为0）"
                        : top.divide(bottom, MathContext.DECIMAL64).doubleValue();
            }
            cells.put(name, cell);
        });
        return cells;
    }

    private String countyOf(String uscc) {
        return plan.units().stream()
                .filter(u -> u.uscc().equals(uscc) && u.isActiveIn(month))
                .findFirst()
                .orElseThrow()
                .countyCode();
    }

    private static BigDecimal sum(String scope, List<String> items, Map<String, BigDecimal> sums) {
        return items.stream()
                .map(item -> sums.getOrDefault(scope + item, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
