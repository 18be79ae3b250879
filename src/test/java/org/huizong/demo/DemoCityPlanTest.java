package org.huizong.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCityPlanTest {

    private final DemoCityPlan plan = SamplePlan.plan();

    @Test
    void everySubmissionHoldsEveryItemAsAWellFormedNumber() {
        Set<String> items = Set.copyOf(GiaMItems.all());
        for (DemoSubmission submission : plan.submissions()) {
            assertEquals(items, submission.values().keySet(), submission.relativePath());
            submission.values().forEach((item, value) -> {
                assertTrue(value.signum() >= 0, item);
                assertTrue(value.scale() <= (item.equals("T2.G6.M5") ? 4 : 0), item + "=" + value);
            });
        }
        assertTrue(plan.submissions().stream()
                .anyMatch(s -> s.values().get("T2.G6.M5").scale() == 4));
    }

    @Test
    void submissionsComeInTheOrderReceived() {
        List<LocalDateTime> times =
                plan.submissions().stream().map(DemoSubmission::receivedAt).toList();
        assertEquals(times.stream().sorted().toList(), times);
        assertEquals(
                13,
                plan.submissions().stream()
                        .map(DemoSubmission::period)
                        .distinct()
                        .count());
    }

    @Test
    void trueValuesChainFromMonthToMonth() {
        Map<String, TreeMap<YearMonth, Map<String, BigDecimal>>> byUnit = plan.submissions().stream()
                .filter(s -> s.mistakes().stream()
                        .allMatch(m -> m.rule().startsWith("F") && !m.rule().equals("F09")))
                .collect(Collectors.groupingBy(
                        s -> s.unit().uscc(),
                        Collectors.toMap(DemoSubmission::period, DemoSubmission::values, (a, b) -> b, TreeMap::new)));
        int checkedPairs = 0;
        for (TreeMap<YearMonth, Map<String, BigDecimal>> months : byUnit.values()) {
            for (Map.Entry<YearMonth, Map<String, BigDecimal>> entry : months.entrySet()) {
                Map<String, BigDecimal> now = entry.getValue();
                Map<String, BigDecimal> before = months.get(entry.getKey().minusMonths(1));
                if (before == null) {
                    continue;
                }
                checkedPairs++;
                for (int c = 1; c <= 7; c++) {
                    assertEquals(before.get("T3.R25.C" + c), now.get("T3.R02.C" + c), entry.getKey() + " C" + c);
                }
                for (String g : List.of("T2.G1", "T2.G2")) {
                    assertEquals(
                            before.get(g + ".M3").add(now.get(g + ".M1")).subtract(now.get(g + ".M2")),
                            now.get(g + ".M3"),
                            g);
                }
                if (entry.getKey().getMonthValue() != 1) {
                    GiaMItems.all().stream()
                            .filter(i -> i.startsWith("T4."))
                            .forEach(i -> assertTrue(
                                    now.get(i).compareTo(before.get(i)) >= 0, i + " decreased in " + entry.getKey()));
                }
            }
        }
        assertTrue(checkedPairs > 1500, "month pairs checked: " + checkedPairs);
    }

    @Test
    void firstMonthStartsWithStockAndJanuaryResetsTheYear() {
        YearMonth first = SamplePlan.LAST.minusMonths(SamplePlan.MONTHS - 1L);
        List<DemoSubmission> opening = plan.submissionsFor(first);
        assertTrue(opening.stream()
                        .filter(s -> s.values().get("T3.R02.C7").signum() > 0)
                        .count()
                > 50);
        assertTrue(opening.stream()
                        .filter(s -> s.values().get("T2.G2.M3").signum() > 0)
                        .count()
                > 30);
        assertTrue(opening.stream().anyMatch(s -> s.values().get("T4.RV.5").signum() > 0));
        int december = sum(plan.submissionsFor(YearMonth.of(2025, 12)), "T4.RV.5");
        int january = sum(plan.submissionsFor(YearMonth.of(2026, 1)), "T4.RV.5");
        assertTrue(january < december, "january " + january + " december " + december);
    }

    @Test
    void onlyTheCityGovernmentOfficeHasRules() {
        Set<String> rulers = plan.submissions().stream()
                .filter(s -> s.values().get("T2.G1.M3").signum() > 0)
                .map(s -> s.unit().name())
                .collect(Collectors.toSet());
        assertEquals(Set.of("示例市人民政府办公室"), rulers);
    }

    @Test
    void aFewActiveUnitsSendNothingInTheLastMonth() {
        List<DemoUnit> missing = plan.missingIn(SamplePlan.LAST);
        assertTrue(missing.size() >= 3 && missing.size() <= 5, "missing: " + missing.size());
        Set<String> senders = plan.submissionsFor(SamplePlan.LAST).stream()
                .map(s -> s.unit().uscc())
                .collect(Collectors.toSet());
        missing.forEach(unit -> {
            assertTrue(unit.isActiveIn(SamplePlan.LAST));
            assertTrue(!senders.contains(unit.uscc()));
        });
    }

    @Test
    void aFewFilesOfTheLastMonthArriveLate() {
        LocalDateTime deadline = SamplePlan.LAST.plusMonths(1).atDay(6).atStartOfDay();
        List<DemoSubmission> files = plan.submissionsFor(SamplePlan.LAST);
        long late =
                files.stream().filter(s -> !s.receivedAt().isBefore(deadline)).count();
        assertTrue(late >= 3 && late <= 6, "late: " + late);
        assertTrue(files.stream()
                .allMatch(s -> s.receivedAt().isAfter(SamplePlan.LAST.atDay(20).atStartOfDay())));
    }

    @Test
    void everyVariantShowsUpInTheLastMonthAndClashesNever() {
        List<DemoSubmission> files = plan.submissionsFor(SamplePlan.LAST);
        for (Variant variant : Variant.values()) {
            assertTrue(
                    files.stream().filter(s -> s.variants().contains(variant)).count() >= 3, variant.name());
        }
        for (DemoSubmission s : plan.submissions()) {
            Set<Variant> v = s.variants();
            boolean formulas = v.contains(Variant.FORMULA_TOTALS) || v.contains(Variant.FORMULAS_WITHOUT_CACHE);
            assertTrue(!formulas || !v.contains(Variant.TEXT_NUMBERS), s.relativePath());
            assertTrue(
                    !v.contains(Variant.LEGACY_XLS) || !v.contains(Variant.FORMULAS_WITHOUT_CACHE), s.relativePath());
            boolean valueMistakes =
                    s.mistakes().stream().anyMatch(m -> !m.rule().startsWith("F"));
            assertTrue(!formulas || !valueMistakes, s.relativePath());
            if (!valueMistakes) {
                assertEquals(v.contains(Variant.TEXT_NUMBERS), !s.rawTexts().isEmpty(), s.relativePath());
            }
        }
    }

    @Test
    void textNumbersUseEveryToleratedSpelling() {
        List<String> texts = plan.submissionsFor(SamplePlan.LAST).stream()
                .filter(s -> s.variants().contains(Variant.TEXT_NUMBERS))
                .flatMap(s -> s.rawTexts().values().stream())
                .toList();
        assertTrue(texts.stream().anyMatch(t -> t.matches("[０-９]+")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.matches("\\d{1,3}(,\\d{3})+")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.matches("\\d+[件条]")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> List.of("无", "—", "/", "／").contains(t)), texts.toString());
    }

    @Test
    void legacyUnitsKeepTheirOldFormatEveryMonth() {
        Map<String, Set<Boolean>> legacyByUnit = plan.submissions().stream()
                .filter(s -> s.defect() != FileDefect.UNKNOWN_UNIT)
                .collect(Collectors.groupingBy(
                        s -> s.unit().uscc(),
                        Collectors.mapping(s -> s.variants().contains(Variant.LEGACY_XLS), Collectors.toSet())));
        legacyByUnit.forEach((uscc, kinds) -> assertEquals(1, kinds.size(), uscc));
        long legacy = legacyByUnit.values().stream()
                .filter(kinds -> kinds.contains(true))
                .count();
        assertTrue(legacy >= 0.08 * legacyByUnit.size() && legacy <= 0.12 * legacyByUnit.size(), "legacy " + legacy);
        for (DemoSubmission s : plan.submissions()) {
            assertEquals(
                    s.variants().contains(Variant.LEGACY_XLS), s.relativePath().endsWith(".xls"), s.relativePath());
        }
    }

    @Test
    void pathsAreUniqueAndLiveInTheirMonthFolder() {
        Set<String> paths = new HashSet<>();
        for (DemoSubmission s : plan.submissions()) {
            assertTrue(paths.add(s.relativePath()), "twice: " + s.relativePath());
            assertTrue(s.relativePath().startsWith(s.period() + "/"), s.relativePath());
            assertTrue(s.relativePath().matches(".+\\.xlsx?"), s.relativePath());
        }
        long folders = plan.submissions().stream()
                .map(s -> s.relativePath().substring(0, s.relativePath().lastIndexOf('/')))
                .distinct()
                .count();
        assertTrue(folders > 13, "folders: " + folders);
    }

    @Test
    void equalSeedsGiveEqualPlans() {
        DemoCityPlan again = DemoCityPlan.generate(SamplePlan.SEED, SamplePlan.LAST, SamplePlan.MONTHS);
        assertEquals(plan, again);
        assertEquals(plan.unitsCsv(), again.unitsCsv());
        DemoCityPlan other = DemoCityPlan.generate(SamplePlan.SEED + 1, SamplePlan.LAST, SamplePlan.MONTHS);
        assertNotEquals(plan.submissions(), other.submissions());
    }

    @Test
    void submissionsForAMonthAreThatMonthsFiles() {
        List<DemoSubmission> month = plan.submissionsFor(SamplePlan.LAST);
        assertEquals(
                plan.submissions().stream()
                        .filter(s -> s.period().equals(SamplePlan.LAST))
                        .count(),
                month.size());
        assertTrue(month.stream()
                .map(DemoSubmission::receivedAt)
                .sorted(Comparator.naturalOrder())
                .toList()
                .equals(month.stream().map(DemoSubmission::receivedAt).toList()));
    }

    private static int sum(List<DemoSubmission> files, String item) {
        return files.stream()
                .mapToInt(s -> s.values().get(item).intValueExact())
                .sum();
    }
}
