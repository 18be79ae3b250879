package org.huizong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ReportPeriod;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportSheet;
import org.huizong.form.write.ReportTable;
import org.junit.jupiter.api.Test;

/**
 * Changes like for like: a month that counts fewer units than the month before shows the change of the units counted
 * in both, with the all-units figures beside it; 表四 (本年累计) is compared by its monthly increase month on month and as
 * it is with the same month a year before, never January's year-to-date figure against December's twelve months.
 */
class ComparisonBasisTest {

    private static final FormDescriptor FORM = FixtureWorkbooks.monthlyForm();
    private static final List<Indicator> INDICATORS =
            ReportDefinitions.bundled(List.of(FORM)).indicators();
    private static final String COUNTY = "990102";

    /** period code → unit → item → figure. */
    private final Map<String, Map<String, Map<String, BigDecimal>>> months = new HashMap<>();

    @Test
    void aMonthCountingFewerUnitsIsComparedOnTheUnitsCountedInBoth() {
        unit("2026-10", "A", "T1.A09.K1", 100, "T3.R01.C7", 40);
        unit("2026-10", "B", "T1.A09.K1", 50, "T3.R01.C7", 20);
        unit("2026-10", "C", "T1.A09.K1", 60, "T3.R01.C7", 30);
        unit("2026-11", "A", "T1.A09.K1", 101, "T3.R01.C7", 44);
        unit("2026-11", "B", "T1.A09.K1", 52, "T3.R01.C7", 20);

        Map<String, Map<String, Object>> city = cityTable(report("2026-11"), "环比");

        Map<String, Object> proactive = city.get("主动公开合计");
        assertThat((Double) proactive.get("环比\n（可比口径）")).isCloseTo((153.0 - 150) / 150, within(1e-9));
        assertThat((Double) proactive.get("可比单位\n本期")).isEqualTo(153.0);
        assertThat((Double) proactive.get("可比单位\n上期")).isEqualTo(150.0);
        assertThat((Double) proactive.get("环比\n（全部单位，参考）")).isCloseTo((153.0 - 210) / 210, within(1e-9));
        assertThat((Double) city.get("纳入汇总的单位（个）").get("可比单位\n本期")).isEqualTo(2.0);
        assertThat((Double) city.get("新收申请（件）").get("环比\n（可比口径）")).isCloseTo(4.0 / 60, within(1e-9));
        assertThat(String.join("\n", report("2026-11").get(1).lines()))
                .contains("两期都纳入的 2 个单位为可比口径", "主动公开合计由150条增至153条，增长2.0%", "纳入范围的变化");
    }

    @Test
    void januaryComparesTheMonthsIncreaseWithDecembersAndTheYearToDateWithLastJanuary() {
        unit("2026-01", "A", "T4.RV.1", 1, "T4.RV.2", 4);
        unit("2026-11", "A", "T4.RV.1", 6, "T4.RV.2", 3);
        unit("2026-12", "A", "T4.RV.1", 8, "T4.RV.2", 5);
        unit("2027-01", "A", "T4.RV.1", 3, "T4.RV.2", 1);

        List<ReportSheet> sheets = report("2027-01");
        Map<String, Map<String, Object>> monthOnMonth = cityTable(sheets, "环比");
        Map<String, Object> corrected = monthOnMonth.get("被纠错（件）·本月新增");
        assertThat(corrected.get("可比单位\n本期"))
                .as("January's increase is its year-to-date figure")
                .isEqualTo(1.0);
        assertThat(corrected.get("可比单位\n上期"))
                .as("December's increase over November")
                .isEqualTo(2.0);
        assertThat((Double) corrected.get("环比\n（可比口径）")).isCloseTo(-0.5, within(1e-9));
        Map<String, Object> rate = monthOnMonth.get("复议纠错率·本月新增");
        assertThat((Double) rate.get("可比单位\n本期")).isCloseTo(1.0 / 4, within(1e-9));
        assertThat((Double) rate.get("可比单位\n上期")).isCloseTo(2.0 / 4, within(1e-9));

        Map<String, Map<String, Object>> yearOnYear = cityTable(sheets, "同比");
        Map<String, Object> ytd = yearOnYear.get("被纠错（件）·本年累计");
        assertThat(ytd.get("可比单位\n本期")).isEqualTo(1.0);
        assertThat(ytd.get("可比单位\n去年同期")).isEqualTo(4.0);
        assertThat((Double) ytd.get("同比\n（可比口径）")).isCloseTo(-0.75, within(1e-9));
        assertThat(monthOnMonth).doesNotContainKey("被纠错（件）").doesNotContainKey("被纠错（件）·本年累计");
    }

    @Test
    void theTrendOfACountIsChainedLikeForLikeSoACoverageDropIsNoFall() {
        unit("2026-09", "A", "T1.A09.K1", 100);
        unit("2026-09", "B", "T1.A09.K1", 100);
        unit("2026-10", "A", "T1.A09.K1", 110);
        unit("2026-10", "B", "T1.A09.K1", 100);
        unit("2026-11", "A", "T1.A09.K1", 120);

        ComparisonBasis basis = basis("2026-11");
        Indicator proactive = INDICATORS.stream()
                .filter(i -> i.code().equals("PROACTIVE_TOTAL"))
                .findFirst()
                .orElseThrow();
        var charts = new ComparisonCharts(figures(ReportPeriod.parse("2026-11")), basis.trend(), FORM)
                .of(List.of(proactive));
        var line = charts.get(0).trend();
        assertThat(line.get(line.size() - 1).value()).isEqualTo(120.0);
        assertThat(line.get(line.size() - 2).value())
                .as("October as November's units: 120 less A's increase of 10")
                .isEqualTo(110.0);
        assertThat(line.get(line.size() - 3).value())
                .as("September: less A's and B's increase of 10")
                .isEqualTo(100.0);
        assertThat(line.get(line.size() - 1).category()).isEqualTo("26.11·1");
    }

    private void unit(String period, String uscc, Object... itemsAndFigures) {
        Map<String, BigDecimal> values =
                months.computeIfAbsent(period, p -> new LinkedHashMap<>()).computeIfAbsent(uscc, u -> new HashMap<>());
        for (int i = 0; i < itemsAndFigures.length; i += 2) {
            values.put((String) itemsAndFigures[i], BigDecimal.valueOf((Integer) itemsAndFigures[i + 1]));
        }
    }

    private List<ReportSheet> report(String period) {
        ReportPeriod current = ReportPeriod.parse(period);
        return new ComparisonReport(
                        "示例市", FORM, ComparedPeriods.of(current), INDICATORS, figures(current), basis(period))
                .sheets();
    }

    private ComparisonBasis basis(String period) {
        List<String> items =
                INDICATORS.stream().flatMap(i -> i.items().stream()).distinct().toList();
        Map<String, String> countyOf = new HashMap<>();
        months.values().forEach(units -> units.keySet().forEach(u -> countyOf.put(u, COUNTY)));
        return ComparisonBasis.of(
                ComparedPeriods.of(ReportPeriod.parse(period)),
                FORM,
                this::figures,
                p -> months.containsKey(p.code()) ? UnitPanel.of(p, items, months.get(p.code())) : null,
                countyOf);
    }

    /** A month's consolidation as the units above sum up, with three units due. */
    private PeriodFigures figures(ReportPeriod period) {
        Map<String, Map<String, BigDecimal>> units = months.get(period.code());
        if (units == null) {
            return new PeriodFigures(period, null, List.of(), List.of());
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        units.values().forEach(v -> v.forEach((item, figure) -> sums.merge(item, figure, BigDecimal::add)));
        ScopeFigures city = new ScopeFigures("990100", "示例市", units.size(), 3, sums);
        ScopeFigures county = new ScopeFigures(COUNTY, "东城区", units.size(), 3, sums);
        return new PeriodFigures(period, city, List.of(county), List.of());
    }

    /** The city's table against the earlier period named by its change (环比, 同比): label → header → value. */
    private static Map<String, Map<String, Object>> cityTable(List<ReportSheet> sheets, String change) {
        ReportSheet city =
                sheets.stream().filter(s -> s.name().equals("全市")).findFirst().orElseThrow();
        ReportTable table = city.tables().stream()
                .filter(t -> t.header().get(3).startsWith(change))
                .findFirst()
                .orElseThrow();
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (ReportRow row : table.rows()) {
            Map<String, Object> cells = new LinkedHashMap<>();
            for (int c = 0; c < row.cells().size(); c++) {
                var cell = row.cells().get(c);
                cells.put(table.header().get(c + 1), cell.isNumber() ? cell.number() : cell.text());
            }
            rows.put(row.label().strip(), cells);
        }
        return rows;
    }
}
