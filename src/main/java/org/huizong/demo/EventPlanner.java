package org.huizong.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/** Decides, month by month, who is missing, late, mistaken or defective. */
final class EventPlanner {

    static final List<String> LAST_MONTH_RULES = List.of(
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
    /** Rules planted in earlier months: none touches a value carried into the next month or watched for outliers. */
    static final List<String> EARLY_RULES =
            List.of("V01", "V02", "V03", "T1-SUM", "T1-DEDUP", "T1-CONS", "T1-CHAN", "X-APPLY", "T3-COL", "T3-SUM");

    static final List<FileDefect> LAST_MONTH_DEFECTS = List.of(
            FileDefect.CORRUPT_BYTES,
            FileDefect.NOT_A_FORM,
            FileDefect.BAD_USCC_CHECK,
            FileDefect.WRONG_PERIOD,
            FileDefect.MISSING_SHEET_T4,
            FileDefect.RENAMED_LABEL_T3_R04);
    private static final List<String> CORRECTED_RULES = List.of("T1-CONS", "T3-SUM", "V01", "T1-CHAN");
    private static final int UNITS_PER_RULE = 3;
    private static final int UNITS_PER_DEFECT = 2;
    private static final int UNITS_PER_VARIANT = 3;
    private static final int ACTIVE_FOR_T3_COL = 6;
    private static final int THOUSANDS = 1500;

    private final DemoDirectory directory;
    private final Draw draw;

    EventPlanner(DemoDirectory directory, Draw draw) {
        this.directory = directory;
        this.draw = draw;
    }

    Map<YearMonth, Map<String, UnitMonthPlan>> plan(List<YearMonth> periods) {
        Map<YearMonth, Map<String, UnitMonthPlan>> plans = new LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            YearMonth period = periods.get(i);
            Map<String, UnitMonthPlan> month = i == periods.size() - 1
                    ? lastMonth(period, plans.getOrDefault(period.minusMonths(1), Map.of()))
                    : ordinaryMonth(period, i == periods.size() / 2);
            plans.put(period, month);
        }
        return plans;
    }

    private Map<String, UnitMonthPlan> ordinaryMonth(YearMonth period, boolean withCorrection) {
        Map<String, UnitMonthPlan> month = new LinkedHashMap<>();
        List<String> pool = pool(period);
        for (int i = draw.between(0, 2); i > 0; i--) {
            month.put(pool.remove(0), UnitMonthPlan.MISSING);
        }
        for (int i = draw.between(2, 4); i > 0; i--) {
            String rule = EARLY_RULES.get(draw.random().nextInt(EARLY_RULES.size()));
            String uscc = pool.remove(0);
            month.put(uscc, UnitMonthPlan.withRule(rule.equals("T3-COL") && !busy(uscc) ? "T3-SUM" : rule));
        }
        if (withCorrection) {
            month.put(pool.remove(0), UnitMonthPlan.corrected(CORRECTED_RULES.get(0)));
        }
        for (int i = draw.between(0, 2); i > 0; i--) {
            month.put(pool.remove(0), UnitMonthPlan.CLEAN.asLate());
        }
        return month;
    }

    private Map<String, UnitMonthPlan> lastMonth(YearMonth period, Map<String, UnitMonthPlan> previous) {
        Map<String, UnitMonthPlan> month = new LinkedHashMap<>();
        List<String> pool = pool(period);
        pool.stream()
                .filter(uscc -> profile(uscc).licences() >= THOUSANDS
                        && profile(uscc).habits().stream()
                                .noneMatch(v -> v == Variant.FORMULA_TOTALS || v == Variant.FORMULAS_WITHOUT_CACHE))
                .findFirst()
                .ifPresent(uscc -> {
                    // a TEXT_NUMBERS file with a count above 999 shows the thousands separator ("1,234")
                    pool.remove(uscc);
                    month.put(uscc, UnitMonthPlan.CLEAN.withVariant(Variant.TEXT_NUMBERS));
                });
        List<String> before = directory.activeIn(period.minusMonths(1)).stream()
                .map(DemoUnit::uscc)
                .toList();
        Predicate<String> cleanBefore = uscc -> before.contains(uscc) && !previous.containsKey(uscc);
        for (String rule : LAST_MONTH_RULES) {
            Predicate<String> fits = switch (rule) {
                case "P-CARRY" -> cleanBefore;
                case "T3-COL" -> this::busy;
                default -> uscc -> true;
            };
            for (int i = 0; i < UNITS_PER_RULE; i++) {
                month.put(take(pool, fits), UnitMonthPlan.withRule(rule));
            }
        }
        for (int i = 0; i < 2; i++) {
            month.put(
                    take(pool, cleanBefore.and(uscc -> profile(uscc).issuesNorms())),
                    UnitMonthPlan.withRule("P-STOCK"));
        }
        for (FileDefect defect : LAST_MONTH_DEFECTS) {
            Predicate<String> fits = uscc -> !profile(uscc).legacy()
                    && (defect != FileDefect.MISSING_SHEET_T4 || profile(uscc).isLitigationFree());
            for (int i = 0; i < UNITS_PER_DEFECT; i++) {
                month.put(take(pool, fits), UnitMonthPlan.withDefect(defect));
            }
        }
        for (int i = 0; i < 2; i++) {
            month.put(take(pool, uscc -> true), UnitMonthPlan.corrected(CORRECTED_RULES.get(1 + i)));
        }
        for (int i = 0; i < 4; i++) {
            month.put(take(pool, uscc -> true), UnitMonthPlan.MISSING);
        }
        for (Variant variant : Variant.values()) {
            for (int i = 0; variant != Variant.LEGACY_XLS && i < UNITS_PER_VARIANT; i++) {
                month.put(
                        take(pool, uscc -> profile(uscc).habits().isEmpty()), UnitMonthPlan.CLEAN.withVariant(variant));
            }
        }
        for (int i = 0; i < UNITS_PER_DEFECT; i++) {
            month.put(take(pool, uscc -> true), UnitMonthPlan.CLEAN.asDuplicated());
        }
        for (int i = 0; i < 4; i++) {
            month.put(take(pool, uscc -> true), UnitMonthPlan.CLEAN.asLate());
        }
        return month;
    }

    /** Active units of the month in a shuffled order. */
    private List<String> pool(YearMonth period) {
        List<String> pool = new ArrayList<>(
                directory.activeIn(period).stream().map(DemoUnit::uscc).toList());
        Collections.shuffle(pool, new Random(draw.random().nextLong()));
        return pool;
    }

    private static String take(List<String> pool, Predicate<String> fits) {
        for (int i = 0; i < pool.size(); i++) {
            if (fits.test(pool.get(i))) {
                return pool.remove(i);
            }
        }
        throw new IllegalStateException("no unit left for a planned event");
    }

    private boolean busy(String uscc) {
        return profile(uscc).applications() >= ACTIVE_FOR_T3_COL;
    }

    private UnitProfile profile(String uscc) {
        return directory.profile(uscc);
    }
}
