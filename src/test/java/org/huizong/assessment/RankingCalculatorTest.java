package org.huizong.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huizong.form.FormCatalog;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ItemDescriptor;
import org.junit.jupiter.api.Test;

/** The default model of assessment.md applied to small groups built by hand. */
class RankingCalculatorTest {

    private static final FormDescriptor FORM = FormCatalog.bundled().get(FormCatalog.MONTHLY);
    private static final Set<String> ITEMS =
            FORM.items().stream().map(ItemDescriptor::code).collect(Collectors.toSet());
    private static final AssessmentModel MODEL = defaultModel();
    private static final Group DEPARTMENTS = MODEL.groups().get(0);
    private static final Group COUNTIES = MODEL.groups().get(1);

    private static AssessmentModel defaultModel() {
        try {
            return new AssessmentModelParser(FORM).load(Path.of("no-such-folder"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A unit that sent a counted workbook: received, handled, carried over, 表四 increase, published. */
    private static Subject unit(
            String code, int daysLate, int firstErrors, int received, int handled, int published, int corrected) {
        Map<String, BigDecimal> values = new HashMap<>();
        ITEMS.forEach(item -> values.put(item, BigDecimal.ZERO));
        values.put("T3.R01.C7", BigDecimal.valueOf(received));
        values.put("T3.R24.C7", BigDecimal.valueOf(handled));
        values.put("T1.A09.K1", BigDecimal.valueOf(published));
        values.put("T4.RV.2", BigDecimal.valueOf(corrected + 5));
        Map<String, BigDecimal> increases = new HashMap<>(Map.of("T4.RV.2", BigDecimal.valueOf(corrected)));
        return new Subject(code, "单位" + code, false, values, increases, facts(daysLate, firstErrors, 0), List.of());
    }

    private static Map<String, BigDecimal> facts(int daysLate, int firstErrors, int missing) {
        Map<String, BigDecimal> facts = new HashMap<>(FirstFileFacts.none());
        facts.put("days_late", BigDecimal.valueOf(daysLate));
        facts.put("first_errors", BigDecimal.valueOf(firstErrors));
        facts.put("units", BigDecimal.ONE);
        facts.put("units_missing", BigDecimal.valueOf(missing));
        return facts;
    }

    private static Subject missing(String code) {
        return new Subject(code, "单位" + code, true, null, null, facts(0, 0, 1), List.of());
    }

    private static GroupRanking rank(Group group, Subject... members) {
        return new RankingCalculator(MODEL, ITEMS, new Wording(FORM)).rank(group, List.of(members));
    }

    @Test
    void theWorkingNamesFactsAndItemsInWordsAndAnIncreaseShowsBothFiguresItComesFrom() {
        GroupRanking ranking = rank(DEPARTMENTS, unit("U1", 2, 1, 51, 42, 30, 1), unit("U2", 0, 0, 10, 10, 30, 0));
        RankedSubject u1 = ranked(ranking, "U1");
        String all =
                u1.scores().stream().map(s -> s.inputs() + "|" + s.working()).collect(Collectors.joining("\n"));
        assertThat(all)
                .contains("迟报天数 = 2", "首版错误数 = 1", "表三“（七）总计·总计” = 42")
                .contains("表四“行政复议·结果纠正” = 1（本期增量：本期累计 6 − 本年此前累计 5）")
                .doesNotContain("days_late", "first_errors", "unjustified_warnings", "T3.R", "T4.RV");
        String completion = u1.scores().stream()
                .filter(s -> s.indicator().name().equals("依申请办结率"))
                .findFirst()
                .orElseThrow()
                .working();
        assertThat(completion)
                .as("true as printed: the fraction, not the rounded ratio")
                .contains("15 × 42 / 51 ≈ 12.3529")
                .doesNotContain("× 0.8235");
    }

    private static BigDecimal points(GroupRanking ranking, String code, String indicator) {
        return ranking.ranked().stream()
                .filter(r -> r.subject().code().equals(code))
                .findFirst()
                .orElseThrow()
                .scores()
                .stream()
                .filter(s -> s.indicator().name().equals(indicator))
                .findFirst()
                .orElseThrow()
                .points();
    }

    private static RankedSubject ranked(GroupRanking ranking, String code) {
        return ranking.ranked().stream()
                .filter(r -> r.subject().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void equalScoresShareARankAndTheNextRankCountsThem() {
        GroupRanking ranking = rank(
                DEPARTMENTS,
                unit("A", 0, 0, 10, 10, 20, 0),
                unit("B", 1, 0, 10, 10, 20, 0),
                unit("C", 1, 0, 10, 10, 20, 0),
                unit("D", 2, 0, 10, 10, 20, 0));
        assertThat(ranking.ranked()).extracting(RankedSubject::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranked(ranking, "A").score()).isEqualByComparingTo("100");
        assertThat(ranked(ranking, "B").score()).isEqualByComparingTo("97");
        assertThat(ranked(ranking, "A").grade()).isEqualTo("优秀");
    }

    @Test
    void theDefaultModelScoresEachIndicatorAsAssessmentMdSays() {
        GroupRanking ranking = rank(DEPARTMENTS, unit("A", 2, 1, 8, 6, 10, 2), unit("B", 0, 0, 4, 4, 30, 0));
        assertThat(points(ranking, "A", "报送及时")).isEqualByComparingTo("9");
        assertThat(points(ranking, "A", "数据质量")).isEqualByComparingTo("20");
        assertThat(points(ranking, "A", "依申请办结率")).isEqualByComparingTo("11.25");
        assertThat(points(ranking, "A", "复议诉讼纠错"))
                .as("the period's increase of 表四, not the year to date")
                .isEqualByComparingTo("19");
        // median of 10 and 30 is 20: A has 20 × 10 / 20
        assertThat(points(ranking, "A", "主动公开")).isEqualByComparingTo("10");
        assertThat(points(ranking, "B", "主动公开")).isEqualByComparingTo("20");
        assertThat(ranked(ranking, "A").score()).isEqualByComparingTo("69.25");
        assertThat(ranked(ranking, "A").grade()).isEqualTo("合格");
    }

    @Test
    void aUnitWithNoApplicationsGetsFullPointsForTheHandlingRate() {
        GroupRanking ranking = rank(DEPARTMENTS, unit("A", 0, 0, 0, 0, 10, 0));
        assertThat(points(ranking, "A", "依申请办结率")).isEqualByComparingTo("15");
    }

    @Test
    void aUnitThatSentNothingScoresTheMissingPointsAndIsLeftOutOfTheMedian() {
        GroupRanking ranking =
                rank(DEPARTMENTS, unit("A", 0, 0, 1, 1, 10, 0), unit("B", 0, 0, 1, 1, 30, 0), missing("M"));
        assertThat(ranked(ranking, "M").score()).isEqualByComparingTo("0");
        assertThat(ranked(ranking, "M").grade()).isEqualTo("不合格");
        assertThat(points(ranking, "A", "主动公开"))
                .as("median of 10 and 30, the missing unit aside")
                .isEqualByComparingTo("10");
    }

    @Test
    void aCountyWithAMissingUnitTakesTheMeanOfItsUnitsPointsWhereTheModelSaysSo() {
        Subject late = unit("U1", 1, 1, 5, 5, 10, 0);
        Subject onTime = unit("U2", 0, 2, 5, 5, 10, 0);
        Subject absent = missing("U3");
        Map<String, BigDecimal> countyValues = new HashMap<>(late.values());
        countyValues.put("T3.R01.C7", BigDecimal.TEN);
        countyValues.put("T3.R24.C7", BigDecimal.valueOf(8));
        Map<String, BigDecimal> countyFacts = new HashMap<>();
        for (Subject unit : List.of(late, onTime, absent)) {
            unit.facts().forEach((k, v) -> countyFacts.merge(k, v, BigDecimal::add));
        }
        Subject county = new Subject(
                "990101",
                "甲区",
                false,
                countyValues,
                Map.of("T4.RV.2", BigDecimal.ONE),
                countyFacts,
                List.of(late, onTime, absent));
        GroupRanking ranking = rank(COUNTIES, county);
        assertThat(points(ranking, "990101", "报送及时")).as("(12 + 15 + 0) / 3").isEqualByComparingTo("9");
        assertThat(points(ranking, "990101", "数据质量")).as("(20 + 15 + 0) / 3").isEqualByComparingTo("11.6667");
        assertThat(points(ranking, "990101", "依申请办结率"))
                .as("15 × 8 / 10 from the county's sums")
                .isEqualByComparingTo("12");
        assertThat(points(ranking, "990101", "复议诉讼纠错")).isEqualByComparingTo("22");
        IndicatorScore timeliness = ranked(ranking, "990101").scores().get(0);
        assertThat(timeliness.inputs()).contains("单位U1 12", "单位U3 0");
    }

    @Test
    void aCountyNoneOfWhoseUnitsCountsHasNoDataForTheValueIndicators() {
        Subject absent = missing("U3");
        Subject county = new Subject("990102", "乙区", false, null, null, absent.facts(), List.of(absent));
        GroupRanking ranking = rank(COUNTIES, county);
        assertThat(points(ranking, "990102", "依申请办结率")).isEqualByComparingTo("0");
        assertThat(points(ranking, "990102", "主动公开")).isEqualByComparingTo("0");
        assertThat(ranked(ranking, "990102").scores().get(2).working()).contains("没有计入汇总的数据");
    }

    @Test
    void aReturnedUnitKeepsItsFactPointsButScoresNoDataOnValues() {
        Subject returned = new Subject("R", "单位R", false, null, null, facts(0, 2, 0), List.of());
        GroupRanking ranking = rank(DEPARTMENTS, returned, unit("A", 0, 0, 1, 1, 10, 0));
        assertThat(points(ranking, "R", "报送及时")).isEqualByComparingTo("15");
        assertThat(points(ranking, "R", "数据质量")).isEqualByComparingTo("15");
        assertThat(points(ranking, "R", "依申请办结率")).isEqualByComparingTo("0");
        assertThat(ranked(ranking, "R").score()).isEqualByComparingTo("30");
    }
}
