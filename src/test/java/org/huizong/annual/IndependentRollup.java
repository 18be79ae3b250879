package org.huizong.annual;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.huizong.demo.DemoCityPlan;
import org.huizong.demo.DemoSubmission;
import org.huizong.demo.DemoUnit;
import org.huizong.demo.FileDefect;

/**
 * The roll-up the annual job must produce, computed from the demo plan alone with the aggregation table of forms.md
 * written out here: T3 R02 takes the first month; T2 M3, T3 R25 and all of 表四 the last; everything else adds up.
 */
final class IndependentRollup {

    private static final Set<String> REJECTING = Set.of("F01", "F02", "F03", "F04");
    private static final Set<String> BLOCKING = Set.of(
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

    private final DemoCityPlan plan;
    private final int year;
    private final Set<String> counties;
    private final Map<String, TreeMap<YearMonth, DemoSubmission>> accepted = new HashMap<>();
    private final Map<String, Map<String, BigDecimal>> replaced = new HashMap<>();

    IndependentRollup(DemoCityPlan plan, List<DemoSubmission> dropped, int year, Set<String> counties) {
        this.plan = plan;
        this.year = year;
        this.counties = counties;
        Map<String, DemoSubmission> current = new LinkedHashMap<>();
        dropped.stream()
                .filter(s -> s.defect() != FileDefect.DUPLICATE_COPY)
                .filter(s -> s.mistakes().stream().noneMatch(m -> REJECTING.contains(m.rule())))
                .sorted(Comparator.comparing(DemoSubmission::receivedAt))
                .forEach(s -> current.put(s.unit().uscc() + "|" + s.period(), s));
        current.values().stream()
                .filter(s -> s.mistakes().stream().noneMatch(m -> BLOCKING.contains(m.rule())))
                .forEach(s -> accepted.computeIfAbsent(s.unit().uscc(), k -> new TreeMap<>())
                        .put(s.period(), s));
    }

    /** Units active at the year's end whose every active month is accepted. */
    List<String> completeUnits() {
        return unitsAtYearEnd().stream()
                .filter(uscc -> missingMonths(uscc).isEmpty())
                .toList();
    }

    List<String> incompleteUnits() {
        return unitsAtYearEnd().stream()
                .filter(uscc ->
                        accepted.containsKey(uscc) && !missingMonths(uscc).isEmpty())
                .toList();
    }

    String missingMonths(String uscc) {
        TreeMap<YearMonth, DemoSubmission> months = accepted.getOrDefault(uscc, new TreeMap<>());
        return activeMonths(uscc).stream()
                .filter(m -> !months.containsKey(m))
                .map(m -> m.getMonthValue() + "月")
                .collect(Collectors.joining("、"));
    }

    Map<String, BigDecimal> rolledUp(String uscc) {
        if (replaced.containsKey(uscc)) {
            return replaced.get(uscc);
        }
        List<Map<String, BigDecimal>> months = new ArrayList<>(
                accepted.get(uscc).values().stream().map(DemoSubmission::values).toList());
        Map<String, BigDecimal> rolled = new TreeMap<>();
        for (String item : months.get(0).keySet()) {
            if (item.startsWith("T1.")) {
                continue;
            }
            BigDecimal value;
            if (item.startsWith("T3.R02.")) {
                value = months.get(0).get(item);
            } else if (item.matches("T2\\.G[12]\\.M3|T3\\.R25\\..*|T4\\..*")) {
                value = months.get(months.size() - 1).get(item);
            } else {
                value = months.stream().map(m -> m.get(item)).reduce(BigDecimal.ZERO, BigDecimal::add);
            }
            rolled.put(item, value);
        }
        return rolled;
    }

    /** 表一 (which the annual form lacks) over the unit's accepted months: every item added up. */
    Map<String, BigDecimal> table1(String uscc) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        accepted.getOrDefault(uscc, new TreeMap<>())
                .values()
                .forEach(month -> month.values().forEach((item, value) -> {
                    if (item.startsWith("T1.")) {
                        sums.merge(item, value, BigDecimal::add);
                    }
                }));
        return sums;
    }

    /** The unit's own annual workbook stands for it instead of its roll-up. */
    void replace(String uscc, Map<String, BigDecimal> annual) {
        replaced.put(uscc, annual);
    }

    /** The unit's directory row of the last month of the year it was active in. */
    DemoUnit unitAtYearEnd(String uscc) {
        for (int m = 12; m >= 1; m--) {
            YearMonth month = YearMonth.of(year, m);
            var row = plan.units().stream()
                    .filter(u -> u.uscc().equals(uscc) && u.isActiveIn(month))
                    .findFirst();
            if (row.isPresent()) {
                return row.get();
            }
        }
        throw new IllegalArgumentException(uscc + " not active in " + year);
    }

    List<String> movedUnits() {
        return unitsAtYearEnd().stream()
                .filter(uscc ->
                        plan.units().stream().filter(u -> u.uscc().equals(uscc)).count() > 1)
                .toList();
    }

    /** Units active in some month of the year whose row of their last active month is in one of the counties. */
    private List<String> unitsAtYearEnd() {
        return plan.units().stream()
                .map(DemoUnit::uscc)
                .distinct()
                .filter(uscc -> !activeMonths(uscc).isEmpty())
                .filter(uscc -> counties.contains(unitAtYearEnd(uscc).countyCode()))
                .toList();
    }

    private List<YearMonth> activeMonths(String uscc) {
        List<YearMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (plan.units().stream().anyMatch(u -> u.uscc().equals(uscc) && u.isActiveIn(month))) {
                months.add(month);
            }
        }
        return months;
    }
}
