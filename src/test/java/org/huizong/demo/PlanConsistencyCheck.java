package org.huizong.demo;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An independent re-validation of a plan: computes, from the submitted values and the directory alone, the
 * findings (ERROR, REJECT, WARNING; never INFO) that rules.md asks for, so tests can compare them with the
 * planted mistakes. Reading of workbooks is modelled by the file defects; reading of text cells by
 * {@link RawTextReader}. Problems of the plan itself are reported under pseudo-rules starting with "PLAN-".
 */
public final class PlanConsistencyCheck {

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

    private final List<DemoUnit> directory;
    private final String cityCode;
    private final Map<String, NavigableMap<YearMonth, Map<String, BigDecimal>>> accepted = new HashMap<>();

    private PlanConsistencyCheck(List<DemoUnit> directory, String cityCode) {
        this.directory = directory;
        this.cityCode = cityCode;
    }

    /** Findings of every submission, keyed by the submission object. */
    public static Map<DemoSubmission, Set<RuleHit>> check(
            List<DemoUnit> directory, String cityCode, List<DemoSubmission> submissions) {
        PlanConsistencyCheck check = new PlanConsistencyCheck(directory, cityCode);
        Map<DemoSubmission, Set<RuleHit>> findings = new IdentityHashMap<>();
        Map<YearMonth, List<DemoSubmission>> byPeriod = submissions.stream()
                .sorted(Comparator.comparing(DemoSubmission::receivedAt))
                .collect(Collectors.groupingBy(DemoSubmission::period, TreeMap::new, Collectors.toList()));
        byPeriod.forEach((period, files) -> findings.putAll(check.period(period, files)));
        return findings;
    }

    /** The planted mistakes of a submission in the form {@link #check} reports them. */
    public static Set<RuleHit> expected(DemoSubmission submission) {
        return submission.mistakes().stream().map(RuleHit::of).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The ERROR identities inside one set of values. */
    public static Set<RuleHit> identities(Map<String, BigDecimal> values) {
        return IdentityRules.check(values);
    }

    public static boolean isBlocking(String rule) {
        return BLOCKING.contains(rule) || rule.startsWith("PLAN-");
    }

    private Map<DemoSubmission, Set<RuleHit>> period(YearMonth period, List<DemoSubmission> files) {
        Map<DemoSubmission, Set<RuleHit>> findings = new IdentityHashMap<>();
        Map<DemoSubmission, Map<String, BigDecimal>> stored = new IdentityHashMap<>();
        List<DemoSubmission> storedInOrder = new ArrayList<>();
        for (DemoSubmission file : files) {
            Set<RuleHit> hits = new LinkedHashSet<>();
            Map<String, BigDecimal> read = file(file, files, hits);
            if (read != null) {
                stored.put(file, read);
                storedInOrder.add(file);
            }
            findings.put(file, hits);
        }
        List<DemoSubmission> nonZero = storedInOrder.stream()
                .filter(file -> stored.get(file).values().stream().anyMatch(v -> v.signum() != 0))
                .toList();
        for (int i = 0; i < nonZero.size(); i++) {
            for (int j = i + 1; j < nonZero.size(); j++) {
                DemoSubmission a = nonZero.get(i);
                DemoSubmission b = nonZero.get(j);
                if (!a.unit().uscc().equals(b.unit().uscc()) && equalValues(stored.get(a), stored.get(b))) {
                    findings.get(a).add(new RuleHit("U-DUP", ""));
                    findings.get(b).add(new RuleHit("U-DUP", ""));
                }
            }
        }
        Map<String, DemoSubmission> latest = new LinkedHashMap<>();
        for (DemoSubmission file : storedInOrder) {
            latest.merge(file.unit().uscc(), file, (old, now) -> now.version() >= old.version() ? now : old);
        }
        latest.forEach((uscc, file) -> {
            if (findings.get(file).stream().noneMatch(hit -> isBlocking(hit.rule()))) {
                accepted.computeIfAbsent(uscc, k -> new TreeMap<>()).put(period, stored.get(file));
            }
        });
        return findings;
    }

    /** Findings of one file; returns the values a validator stores, or null when nothing is stored. */
    private Map<String, BigDecimal> file(DemoSubmission file, List<DemoSubmission> month, Set<RuleHit> hits) {
        if (!file.values().keySet().equals(Set.copyOf(GiaMItems.all()))) {
            hits.add(new RuleHit("PLAN-ITEMS", ""));
        }
        switch (file.defect()) {
            case CORRUPT_BYTES -> hits.add(new RuleHit("F01", ""));
            case NOT_A_FORM -> hits.add(new RuleHit("F03", ""));
            case DUPLICATE_COPY -> hits.add(new RuleHit(hasOriginal(file, month) ? "F09" : "PLAN-ORPHAN-COPY", ""));
            default -> {
                return readable(file, hits);
            }
        }
        return null;
    }

    private Map<String, BigDecimal> readable(DemoSubmission file, Set<RuleHit> hits) {
        YearMonth period = file.period();
        boolean known = directory.stream().anyMatch(unit -> unit.equals(file.unit()) && unit.isActiveIn(period));
        if (!known) {
            hits.add(new RuleHit("F04", ""));
            return null;
        }
        if (!org.huizong.unit.Uscc.hasValidCheckCharacter(file.writtenUscc())) {
            hits.add(new RuleHit("F05", ""));
        }
        if (!file.writtenPeriod().equals(period)) {
            hits.add(new RuleHit("F06", ""));
        }
        Map<String, BigDecimal> read = new LinkedHashMap<>(file.values());
        Map<String, BigDecimal> invalidAsZero = new LinkedHashMap<>(file.values());
        file.rawTexts().forEach((item, text) -> {
            RawTextReader.Reading reading = RawTextReader.read(item, text);
            if (!reading.isValid()) {
                hits.add(new RuleHit(reading.rule(), item));
                invalidAsZero.put(item, BigDecimal.ZERO);
            } else if (reading.value().compareTo(file.values().get(item)) != 0) {
                hits.add(new RuleHit("PLAN-TEXT-MISMATCH", item));
            }
        });
        if (file.defect() == FileDefect.MISSING_SHEET_T4) {
            hits.add(new RuleHit("F07", ""));
            blank(read, invalidAsZero, "T4.");
        }
        if (file.defect() == FileDefect.RENAMED_LABEL_T3_R04) {
            hits.add(new RuleHit("F08", "T3.R04"));
            blank(read, invalidAsZero, "T3.R04.");
        }
        Set<RuleHit> identities = IdentityRules.check(read);
        if (!identities.equals(IdentityRules.check(invalidAsZero))) {
            hits.add(new RuleHit("PLAN-INVALID-CELL-IN-IDENTITY", ""));
        }
        hits.addAll(identities);
        hits.addAll(PlausibilityRules.check(file.unit(), cityCode, read));
        hits.addAll(HistoryRules.check(
                period, read, accepted.getOrDefault(file.unit().uscc(), new TreeMap<>())));
        return read;
    }

    private static void blank(Map<String, BigDecimal> read, Map<String, BigDecimal> invalidAsZero, String prefix) {
        for (String item : GiaMItems.all()) {
            if (item.startsWith(prefix)) {
                read.put(item, BigDecimal.ZERO);
                invalidAsZero.put(item, BigDecimal.ZERO);
            }
        }
    }

    private static boolean hasOriginal(DemoSubmission copy, List<DemoSubmission> month) {
        return month.stream()
                .anyMatch(s -> s != copy
                        && s.defect() == FileDefect.NONE
                        && s.version() == 1
                        && s.unit().equals(copy.unit())
                        && s.receivedAt().isBefore(copy.receivedAt())
                        && s.values().equals(copy.values())
                        && s.rawTexts().equals(copy.rawTexts())
                        && s.variants().equals(copy.variants()));
    }

    private static boolean equalValues(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        for (String item : GiaMItems.all()) {
            if (a.get(item).compareTo(b.get(item)) != 0) {
                return false;
            }
        }
        return true;
    }
}
