package org.huizong.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huizong.unit.Uscc;
import org.junit.jupiter.api.Test;

class PlannedMistakesTest {

    private static final List<String> VALUE_RULES = List.of(
            "V01",
            "V02",
            "V03",
            "T1-SUM",
            "T1-DEDUP",
            "T1-CONS",
            "T1-CHAN",
            "X-APPLY",
            "T3-COL",
            "T3-SUM",
            "T3-BAL",
            "T4-SUM",
            "P-CARRY");
    private static final List<String> FILE_RULES = List.of("F01", "F03", "F04", "F05", "F06", "F07", "F08", "F09");

    private final DemoCityPlan plan = SamplePlan.plan();
    private final Map<DemoSubmission, Set<RuleHit>> findings = SamplePlan.findings();

    @Test
    void independentCheckFindsExactlyThePlantedMistakes() {
        List<String> differences = plan.submissions().stream()
                .filter(s -> !findings.get(s).equals(PlanConsistencyCheck.expected(s)))
                .map(s -> s.relativePath() + " planted " + s.mistakes() + " found " + findings.get(s))
                .toList();
        assertEquals(List.of(), differences);
    }

    @Test
    void cleanSubmissionsSatisfyEveryIdentity() {
        List<DemoSubmission> clean =
                plan.submissions().stream().filter(s -> s.mistakes().isEmpty()).toList();
        assertTrue(clean.size() > 1800, "clean files: " + clean.size());
        for (DemoSubmission submission : clean) {
            assertEquals(Set.of(), PlanConsistencyCheck.identities(submission.values()), submission.relativePath());
            assertEquals(Set.of(), findings.get(submission), submission.relativePath());
        }
    }

    @Test
    void everyValueMistakeBreaksOnlyItsOwnRule() {
        for (DemoSubmission submission : plan.submissions()) {
            Set<String> rules =
                    submission.mistakes().stream().map(PlantedMistake::rule).collect(Collectors.toSet());
            if (rules.size() == 1 && VALUE_RULES.contains(rules.iterator().next())) {
                String rule = rules.iterator().next();
                assertTrue(
                        findings.get(submission).stream()
                                .allMatch(hit -> hit.rule().equals(rule)),
                        submission.relativePath() + " " + findings.get(submission));
            }
            assertTrue(rules.size() <= 1, "one kind of mistake per file: " + submission.relativePath());
        }
    }

    @Test
    void lastMonthPlantsEveryRuleOnSeveralUnits() {
        Map<String, Set<String>> unitsByRule = plan.submissionsFor(SamplePlan.LAST).stream()
                .flatMap(s -> s.mistakes().stream()
                        .map(m -> Map.entry(m.rule(), s.unit().uscc())))
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        VALUE_RULES.forEach(rule ->
                assertTrue(unitsByRule.getOrDefault(rule, Set.of()).size() >= 3, rule));
        FILE_RULES.forEach(rule ->
                assertTrue(unitsByRule.getOrDefault(rule, Set.of()).size() >= 2, rule));
    }

    @Test
    void earlierMonthsCarryAFewMistakesToo() {
        long earlier = plan.submissions().stream()
                .filter(s ->
                        s.period().isBefore(SamplePlan.LAST) && !s.mistakes().isEmpty())
                .count();
        assertTrue(earlier >= 20, "mistaken files before the last month: " + earlier);
    }

    @Test
    void carryMistakesFollowACleanMonth() {
        for (DemoSubmission submission : plan.submissionsFor(SamplePlan.LAST)) {
            if (submission.mistakes().stream().anyMatch(m -> m.rule().equals("P-CARRY"))) {
                List<DemoSubmission> before = plan.submissionsFor(SamplePlan.LAST.minusMonths(1)).stream()
                        .filter(s -> s.unit().uscc().equals(submission.unit().uscc()))
                        .toList();
                assertEquals(1, before.size(), submission.relativePath());
                assertEquals(List.of(), before.get(0).mistakes());
            }
        }
    }

    @Test
    void correctedVersionTwoFollowsAMistakenVersionOne() {
        List<DemoSubmission> second = plan.submissionsFor(SamplePlan.LAST).stream()
                .filter(s -> s.version() == 2)
                .toList();
        assertEquals(2, second.size());
        for (DemoSubmission v2 : second) {
            DemoSubmission v1 = plan.submissionsFor(SamplePlan.LAST).stream()
                    .filter(s ->
                            s.version() == 1 && s.unit().uscc().equals(v2.unit().uscc()))
                    .findFirst()
                    .orElseThrow();
            assertFalse(v1.mistakes().isEmpty());
            assertTrue(v1.mistakes().stream().allMatch(m -> PlanConsistencyCheck.isBlocking(m.rule())));
            assertEquals(List.of(), v2.mistakes());
            assertTrue(v2.receivedAt().isAfter(v1.receivedAt()));
            assertEquals(folder(v1.relativePath()), folder(v2.relativePath()));
            assertTrue(v2.relativePath().compareTo(v1.relativePath()) > 0, "name order follows arrival order");
        }
        assertTrue(plan.submissions().stream()
                .anyMatch(s -> s.version() == 2 && s.period().isBefore(SamplePlan.LAST)));
    }

    @Test
    void duplicateCopiesPointAtAnEarlierIdenticalOriginal() {
        List<DemoSubmission> copies = plan.submissions().stream()
                .filter(s -> s.defect() == FileDefect.DUPLICATE_COPY)
                .toList();
        assertEquals(2, copies.size());
        for (DemoSubmission copy : copies) {
            DemoSubmission original = plan.originalOf(copy);
            assertEquals(original.values(), copy.values());
            assertEquals(original.variants(), copy.variants());
            assertEquals(original.rawTexts(), copy.rawTexts());
            assertEquals(1, original.version());
            assertEquals(List.of(), original.mistakes());
            assertTrue(copy.receivedAt().isAfter(original.receivedAt()));
            assertTrue(copy.relativePath().compareTo(original.relativePath()) > 0, "name order follows arrival order");
        }
    }

    @Test
    void fileDefectsMeetTheirPreconditions() {
        for (DemoSubmission submission : plan.submissions()) {
            switch (submission.defect()) {
                case MISSING_SHEET_T4 ->
                    assertTrue(submission.values().entrySet().stream()
                            .filter(e -> e.getKey().startsWith("T4."))
                            .allMatch(e -> e.getValue().signum() == 0));
                case RENAMED_LABEL_T3_R04 ->
                    assertTrue(submission.values().entrySet().stream()
                            .filter(e -> e.getKey().startsWith("T3.R04."))
                            .allMatch(e -> e.getValue().signum() == 0));
                case BAD_USCC_CHECK -> assertFalse(Uscc.hasValidCheckCharacter(submission.writtenUscc()));
                case WRONG_PERIOD -> assertEquals(submission.period().minusMonths(1), submission.writtenPeriod());
                case UNKNOWN_UNIT ->
                    assertTrue(plan.units().stream()
                            .noneMatch(u ->
                                    u.uscc().equals(submission.unit().uscc()) && u.isActiveIn(submission.period())));
                default -> assertEquals(submission.unit().uscc(), submission.writtenUscc());
            }
        }
    }

    @Test
    void otherSeedsGiveConsistentPlansToo() {
        for (long seed : new long[] {1L, 987_654_321L}) {
            DemoCityPlan other = DemoCityPlan.generate(seed, YearMonth.of(2027, 3), 13);
            Map<DemoSubmission, Set<RuleHit>> found =
                    PlanConsistencyCheck.check(other.units(), other.cityCode(), other.submissions());
            long differences = other.submissions().stream()
                    .filter(s -> !found.get(s).equals(PlanConsistencyCheck.expected(s)))
                    .count();
            assertEquals(0, differences, "seed " + seed);
        }
    }

    private static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }
}
