package org.huizong.monthly;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huizong.demo.DemoCityPlan;
import org.huizong.demo.DemoSubmission;
import org.huizong.demo.DemoUnit;
import org.huizong.demo.FileDefect;
import org.huizong.demo.PlantedMistake;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ItemDescriptor;

/**
 * What the monthly job must produce for a month of the demo city, computed from the plan alone: which units
 * count, their sums by scope, and the findings planted. Independent of the pipeline's code.
 */
final class DemoCityExpectations {

    /** The rules checked per submission and across units (INFO findings aside). */
    static final Set<String> CHECKED_RULES = Set.of(
            "F01",
            "F02",
            "F03",
            "F04",
            "F05",
            "F06",
            "F07",
            "F08",
            "F09",
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
            "P-CARRY",
            "P-STOCK",
            "P-YTD",
            "P-SAME",
            "P-OUTLIER",
            "P-FEE-UNIT",
            "Q-GUIZHANG",
            "Q-STOCK-NEG",
            "Q-COLSHIFT",
            "X-NORMS",
            "U-DUP");

    static final Set<String> BLOCKING_RULES = Set.of(
            "F01",
            "F02",
            "F03",
            "F04",
            "F05",
            "F06",
            "F07",
            "F08",
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
            "P-CARRY",
            "P-YTD");
    private static final Set<String> FILE_RULES = Set.of("F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09");

    private final DemoCityPlan plan;
    private final FormDescriptor form;
    private final YearMonth month;
    private final java.util.function.Predicate<DemoSubmission> included;

    DemoCityExpectations(DemoCityPlan plan, FormDescriptor form, YearMonth month) {
        this(plan, form, month, s -> true);
    }

    /** Expectations when only the submissions {@code included} were dropped into the month's folder. */
    DemoCityExpectations(
            DemoCityPlan plan,
            FormDescriptor form,
            YearMonth month,
            java.util.function.Predicate<DemoSubmission> included) {
        this.plan = plan;
        this.form = form;
        this.month = month;
        this.included = included;
    }

    private java.util.stream.Stream<DemoSubmission> submissions() {
        return plan.submissionsFor(month).stream().filter(included);
    }

    /** Each active unit's latest version of the month, when it is a version at all (not rejected, not a copy). */
    Map<String, DemoSubmission> currentVersions() {
        Map<String, DemoSubmission> current = new LinkedHashMap<>();
        submissions()
                .filter(s -> s.defect() != FileDefect.DUPLICATE_COPY)
                .filter(s -> s.mistakes().stream()
                        .noneMatch(m -> Set.of("F01", "F03", "F04").contains(m.rule())))
                .sorted(Comparator.comparing(DemoSubmission::receivedAt))
                .forEach(s -> current.put(s.unit().uscc(), s));
        return current;
    }

    Map<String, DemoSubmission> counted() {
        Map<String, DemoSubmission> counted = new LinkedHashMap<>(currentVersions());
        counted.values().removeIf(s -> s.mistakes().stream().anyMatch(m -> BLOCKING_RULES.contains(m.rule())));
        return counted;
    }

    /** (scope|code|item) → value, for every scope and item consolidated.csv must list. */
    Map<String, BigDecimal> consolidated(String cityCode) {
        List<DemoUnit> active =
                plan.units().stream().filter(u -> u.isActiveIn(month)).toList();
        Map<String, DemoUnit> directory = active.stream().collect(Collectors.toMap(DemoUnit::uscc, u -> u));
        Map<String, BigDecimal> expected = new HashMap<>();
        for (ItemDescriptor item : form.items()) {
            for (DemoUnit unit : active) {
                expected.put("COUNTY|" + unit.countyCode() + "|" + item.code(), BigDecimal.ZERO);
                expected.put("CATEGORY|" + unit.category() + "|" + item.code(), BigDecimal.ZERO);
            }
            expected.put("CITY|" + cityCode + "|" + item.code(), BigDecimal.ZERO);
        }
        counted().forEach((uscc, submission) -> {
            DemoUnit unit = directory.get(uscc);
            for (ItemDescriptor item : form.items()) {
                BigDecimal value = submission.values().get(item.code());
                expected.put("UNIT|" + uscc + "|" + item.code(), value);
                for (String key :
                        List.of("COUNTY|" + unit.countyCode(), "CATEGORY|" + unit.category(), "CITY|" + cityCode)) {
                    expected.merge(key + "|" + item.code(), value, BigDecimal::add);
                }
            }
        });
        expected.replaceAll((k, v) -> v.stripTrailingZeros());
        return expected;
    }

    /**
     * The findings findings.csv must list (INFO left aside): for every file of the month — each version, rejected
     * file and duplicate — its planted mistakes as {@code file|rule} for file-level rules or
     * {@code file|rule|row label|column label}.
     */
    Set<String> findings() {
        Set<String> expected = new HashSet<>();
        submissions().forEach(submission -> {
            for (PlantedMistake mistake : submission.mistakes()) {
                if (CHECKED_RULES.contains(mistake.rule())) {
                    expected.add(key(submission.relativePath(), mistake.rule(), labelsOf(mistake.item())));
                }
            }
        });
        return expected;
    }

    static String key(String file, String rule, String[] labels) {
        return FILE_RULES.contains(rule) ? file + "|" + rule : file + "|" + rule + "|" + labels[0] + "|" + labels[1];
    }

    private String[] labelsOf(String itemCode) {
        return form.item(itemCode)
                .map(i -> new String[] {i.row().displayLabel(), i.column().displayLabel()})
                .orElse(new String[] {"", ""});
    }

    List<String> missingUnits() {
        return new ArrayList<>(
                plan.missingIn(month).stream().map(DemoUnit::uscc).toList());
    }
}
