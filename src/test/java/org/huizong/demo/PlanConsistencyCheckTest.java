package org.huizong.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checker the other tests rely on must itself notice broken values. */
class PlanConsistencyCheckTest {

    private final DemoCityPlan plan = SamplePlan.plan();

    @Test
    void oneChangedCellInATableThreeRowBreaksItsRowAndItsColumn() {
        Map<String, BigDecimal> values = changed(cleanValues(), "T3.R05.C1", 1);
        assertEquals(
                Set.of(new RuleHit("T3-COL", "T3.R05.C7"), new RuleHit("T3-SUM", "T3.R24.C1")),
                PlanConsistencyCheck.identities(values));
    }

    @Test
    void aChangedApplicationTotalBreaksBothOfItsIdentities() {
        Map<String, BigDecimal> values = changed(cleanValues(), "T1.D06.V", 1);
        assertEquals(
                Set.of(new RuleHit("T1-CHAN", "T1.D06.V"), new RuleHit("X-APPLY", "T1.D06.V")),
                PlanConsistencyCheck.identities(values));
    }

    @Test
    void tableOneAndFourTotalsAreChecked() {
        Map<String, BigDecimal> values = changed(changed(cleanValues(), "T1.A03.K2", 50), "T4.LR.2", 1);
        assertEquals(
                Set.of(
                        new RuleHit("T1-SUM", "T1.A09.K2"),
                        new RuleHit("T1-DEDUP", "T1.A03.K1"),
                        new RuleHit("T4-SUM", "T4.LR.5")),
                PlanConsistencyCheck.identities(values));
    }

    @Test
    void aBrokenCarryIsFoundAgainstTheAcceptedPreviousMonth() {
        List<DemoSubmission> files = new ArrayList<>(plan.submissions());
        DemoSubmission target = files.stream()
                .filter(s -> s.period().equals(SamplePlan.LAST.minusMonths(1))
                        && s.mistakes().isEmpty()
                        && s.values().get("T3.R02.C2").signum() == 0
                        && s.defect() == FileDefect.NONE)
                .findFirst()
                .orElseThrow();
        Map<String, BigDecimal> values = changed(changed(target.values(), "T3.R02.C2", 1), "T3.R02.C7", 1);
        values = changed(changed(values, "T3.R25.C2", 1), "T3.R25.C7", 1);
        DemoSubmission broken = new DemoSubmission(
                target.unit(),
                target.period(),
                values,
                target.rawTexts(),
                target.variants(),
                target.defect(),
                target.relativePath(),
                target.receivedAt(),
                1,
                List.of());
        files.set(files.indexOf(target), broken);
        Set<RuleHit> found =
                PlanConsistencyCheck.check(plan.units(), plan.cityCode(), files).get(broken);
        assertEquals(Set.of(new RuleHit("P-CARRY", "T3.R02.C2"), new RuleHit("P-CARRY", "T3.R02.C7")), found);
    }

    @Test
    void aCopyWithoutItsOriginalIsAPlanError() {
        List<DemoSubmission> files = new ArrayList<>(plan.submissions());
        DemoSubmission copy = files.stream()
                .filter(s -> s.defect() == FileDefect.DUPLICATE_COPY)
                .findFirst()
                .orElseThrow();
        files.remove(plan.originalOf(copy));
        Set<RuleHit> found =
                PlanConsistencyCheck.check(plan.units(), plan.cityCode(), files).get(copy);
        assertEquals(Set.of(new RuleHit("PLAN-ORPHAN-COPY", "")), found);
    }

    @Test
    void textCellsAreReadWithTheToleranceOfTheFormDescription() {
        assertEquals(new BigDecimal("12"), RawTextReader.read("T3.R03.C1", "１２").value());
        assertEquals(
                new BigDecimal("1234"), RawTextReader.read("T2.G3.M4", "1,234").value());
        assertEquals(new BigDecimal("12"), RawTextReader.read("T2.G3.M4", "12件").value());
        assertEquals(new BigDecimal("7"), RawTextReader.read("T1.A01.K2", "7条").value());
        for (String zero : List.of("无", "—", "-", "/", "／", "", " ")) {
            assertEquals(BigDecimal.ZERO, RawTextReader.read("T4.RV.1", zero).value(), zero);
        }
        assertEquals("V01", RawTextReader.read("T2.G4.M4", "约20").rule());
        assertEquals("V01", RawTextReader.read("T2.G4.M4", "若干").rule());
        assertEquals("V02", RawTextReader.read("T2.G4.M4", "-3").rule());
        assertEquals("V03", RawTextReader.read("T2.G4.M4", "12.5").rule());
        assertEquals("V03", RawTextReader.read("T2.G6.M5", "1.23456").rule());
        assertTrue(RawTextReader.read("T2.G6.M5", "1.2345").isValid());
    }

    @Test
    void outliersNeedSixPeriodsAndFlagAnyChangeOfAFlatHistory() {
        assertTrue(!ModifiedZScore.isOutlier(List.of(5, 5, 5, 5, 5), 50));
        assertTrue(ModifiedZScore.isOutlier(List.of(5, 5, 5, 5, 5, 5), 6));
        assertTrue(!ModifiedZScore.isOutlier(List.of(10, 12, 8, 11, 9, 13), 14));
        assertTrue(ModifiedZScore.isOutlier(List.of(10, 12, 8, 11, 9, 13), 40));
    }

    private Map<String, BigDecimal> cleanValues() {
        return plan.submissionsFor(SamplePlan.LAST).stream()
                .filter(s ->
                        s.mistakes().isEmpty() && s.values().get("T3.R01.C7").signum() > 0)
                .findFirst()
                .orElseThrow()
                .values();
    }

    private static Map<String, BigDecimal> changed(Map<String, BigDecimal> values, String item, int delta) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>(values);
        copy.put(item, copy.get(item).add(BigDecimal.valueOf(delta)));
        return copy;
    }
}
