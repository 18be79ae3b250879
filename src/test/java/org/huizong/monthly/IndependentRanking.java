package org.huizong.monthly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.huizong.demo.DemoCityPlan;
import org.huizong.demo.DemoSubmission;
import org.huizong.demo.DemoUnit;
import org.huizong.demo.FileDefect;

/**
 * The default assessment model of assessment.md computed afresh, without the product's code, from a month's
 * {@code consolidated.csv}, {@code findings.csv} and {@code completeness.csv}, the previous month's
 * {@code consolidated.csv} (表四 is year to date) and the plan's directory and receipt times. Yields the rows
 * {@code ranking.csv} must have.
 */
final class IndependentRanking {

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final Set<String> CORRECTED = Set.of("T4.RV.2", "T4.LD.2", "T4.LR.2");

    private final DemoCityPlan plan;
    private final YearMonth month;
    private final Map<String, Map<String, BigDecimal>> values = new HashMap<>();
    private final Map<String, Map<String, BigDecimal>> previous = new HashMap<>();
    private final Map<String, CSVRecord> completeness = new HashMap<>();
    private final List<CSVRecord> findings;
    private final Map<String, DemoSubmission> current;

    IndependentRanking(
            DemoCityPlan plan,
            YearMonth month,
            List<CSVRecord> consolidated,
            List<CSVRecord> previousConsolidated,
            List<CSVRecord> findings,
            List<CSVRecord> completeness,
            Map<String, DemoSubmission> current) {
        this.plan = plan;
        this.month = month;
        this.findings = findings;
        this.current = current;
        consolidated.forEach(
                r -> values.computeIfAbsent(r.get("scope") + "|" + r.get("scope_code"), k -> new HashMap<>())
                        .put(r.get("item"), new BigDecimal(r.get("value"))));
        previousConsolidated.stream()
                .filter(r -> r.get("scope").equals("UNIT"))
                .forEach(r -> previous.computeIfAbsent(r.get("scope_code"), k -> new HashMap<>())
                        .put(r.get("item"), new BigDecimal(r.get("value"))));
        completeness.forEach(r -> this.completeness.put(r.get("unit_uscc"), r));
    }

    /** The expected rows, as {@code group,rank,code,name,score,grade,points…} with numbers as plain decimals. */
    List<List<String>> rows(String cityCode) {
        List<DemoUnit> active =
                plan.units().stream().filter(u -> u.isActiveIn(month)).toList();
        List<List<String>> rows = new ArrayList<>();
        List<Member> departments = active.stream()
                .filter(u -> u.level().equals("CITY_DEPT"))
                .map(this::unit)
                .toList();
        rows.addAll(ranked("市直部门", departments));
        Map<String, List<DemoUnit>> byCounty = new LinkedHashMap<>();
        active.stream()
                .filter(u -> !u.countyCode().equals(cityCode))
                .forEach(u -> byCounty.computeIfAbsent(u.countyCode(), k -> new ArrayList<>())
                        .add(u));
        List<Member> counties = new ArrayList<>();
        byCounty.forEach((code, units) -> counties.add(county(
                code, units.get(0).countyName(), units.stream().map(this::unit).toList())));
        rows.addAll(ranked("区县", counties));
        return rows;
    }

    /** A ranked unit or county: its values (null when none count), 表四 correction increase, and fact points. */
    private record Member(
            String code,
            String name,
            Map<String, BigDecimal> values,
            BigDecimal corrected,
            BigDecimal timeliness,
            BigDecimal quality) {}

    private Member unit(DemoUnit unit) {
        CSVRecord status = completeness.get(unit.uscc());
        boolean missing = status.get("status").equals("MISSING");
        Map<String, BigDecimal> own = values.get("UNIT|" + unit.uscc());
        BigDecimal corrected = ZERO;
        if (own != null) {
            for (String item : CORRECTED) {
                corrected = corrected
                        .add(own.get(item))
                        .subtract(previous.getOrDefault(unit.uscc(), Map.of()).getOrDefault(item, ZERO));
            }
        }
        BigDecimal timeliness =
                missing ? ZERO : new BigDecimal(15 - 3 * Long.parseLong(status.get("days_late"))).max(ZERO);
        BigDecimal quality =
                missing ? ZERO : new BigDecimal(25 - 5 * firstErrors(unit) - unjustifiedWarnings(unit)).max(ZERO);
        return new Member(unit.uscc(), unit.name(), own, corrected, timeliness, quality);
    }

    private Member county(String code, String name, List<Member> units) {
        boolean anyCounted = units.stream().anyMatch(u -> u.values() != null);
        BigDecimal corrected = units.stream()
                .filter(u -> u.values() != null)
                .map(Member::corrected)
                .reduce(ZERO, BigDecimal::add);
        BigDecimal n = BigDecimal.valueOf(units.size());
        return new Member(
                code,
                name,
                anyCounted ? values.get("COUNTY|" + code) : null,
                corrected,
                units.stream()
                        .map(Member::timeliness)
                        .reduce(ZERO, BigDecimal::add)
                        .divide(n, 4, RoundingMode.HALF_UP),
                units.stream()
                        .map(Member::quality)
                        .reduce(ZERO, BigDecimal::add)
                        .divide(n, 4, RoundingMode.HALF_UP));
    }

    /** The unit's first file: the earliest it sent that the pipeline attributed to it, copies aside. */
    private long firstErrors(DemoUnit unit) {
        String first = plan.submissionsFor(month).stream()
                .filter(s -> s.unit().uscc().equals(unit.uscc()) && s.defect() != FileDefect.DUPLICATE_COPY)
                .filter(this::attributed)
                .min(Comparator.comparing(DemoSubmission::receivedAt))
                .map(DemoSubmission::relativePath)
                .orElse(null);
        return findings.stream()
                .filter(f -> f.get("file").equals(first))
                .filter(f ->
                        f.get("severity").equals("ERROR") || f.get("severity").equals("REJECT"))
                .count();
    }

    /** A file that is a version of the unit, or a refused file the pipeline put to its name. */
    private boolean attributed(DemoSubmission submission) {
        return submission.mistakes().stream()
                        .noneMatch(m -> Set.of("F01", "F03", "F04").contains(m.rule()))
                || findings.stream()
                        .anyMatch(
                                f -> f.get("unit_uscc").equals(submission.unit().uscc())
                                        && f.get("file").equals(submission.relativePath()));
    }

    private long unjustifiedWarnings(DemoUnit unit) {
        DemoSubmission version = current.get(unit.uscc());
        if (version == null) {
            return 0;
        }
        return findings.stream()
                .filter(f -> f.get("file").equals(version.relativePath()))
                .filter(f ->
                        f.get("severity").equals("WARNING") && !f.get("message").contains("【单位说明】"))
                .count();
    }

    private List<List<String>> ranked(String group, List<Member> members) {
        List<BigDecimal> published = members.stream()
                .filter(m -> m.values() != null)
                .map(m -> m.values().get("T1.A09.K1"))
                .sorted()
                .toList();
        BigDecimal median = published.isEmpty()
                ? ZERO
                : published.size() % 2 == 1
                        ? published.get(published.size() / 2)
                        : published
                                .get(published.size() / 2 - 1)
                                .add(published.get(published.size() / 2))
                                .divide(BigDecimal.valueOf(2));
        Map<Member, List<BigDecimal>> points = new HashMap<>();
        for (Member m : members) {
            points.put(m, List.of(m.timeliness(), m.quality(), handlingRate(m), correction(m), publication(m, median)));
        }
        Map<Member, BigDecimal> scores = new HashMap<>();
        points.forEach((m, p) -> scores.put(m, p.stream().reduce(ZERO, BigDecimal::add)));
        List<Member> ordered = new ArrayList<>(members);
        ordered.sort(
                Comparator.comparing((Member m) -> scores.get(m)).reversed().thenComparing(Member::code));
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            Member m = ordered.get(i);
            if (i == 0 || scores.get(ordered.get(i - 1)).compareTo(scores.get(m)) != 0) {
                rank = i + 1;
            }
            BigDecimal score = scores.get(m);
            String grade = score.compareTo(BigDecimal.valueOf(90)) >= 0
                    ? "优秀"
                    : score.compareTo(BigDecimal.valueOf(70)) >= 0
                            ? "良好"
                            : score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "合格" : "不合格";
            List<String> row =
                    new ArrayList<>(List.of(group, String.valueOf(rank), m.code(), m.name(), plain(score), grade));
            points.get(m).forEach(p -> row.add(plain(p)));
            rows.add(row);
        }
        return rows;
    }

    private static BigDecimal handlingRate(Member m) {
        if (m.values() == null) {
            return ZERO;
        }
        BigDecimal applications = m.values().get("T3.R01.C7").add(m.values().get("T3.R02.C7"));
        if (applications.signum() == 0) {
            return BigDecimal.valueOf(15);
        }
        return BigDecimal.valueOf(15)
                .multiply(m.values().get("T3.R24.C7"))
                .divide(applications, 4, RoundingMode.HALF_UP)
                .min(BigDecimal.valueOf(15));
    }

    private static BigDecimal correction(Member m) {
        return m.values() == null
                ? ZERO
                : BigDecimal.valueOf(25)
                        .subtract(m.corrected().multiply(BigDecimal.valueOf(3)))
                        .max(ZERO);
    }

    private static BigDecimal publication(Member m, BigDecimal median) {
        if (m.values() == null) {
            return ZERO;
        }
        if (median.signum() == 0) {
            return BigDecimal.valueOf(20);
        }
        return BigDecimal.valueOf(20)
                .multiply(m.values().get("T1.A09.K1"))
                .divide(median, 4, RoundingMode.HALF_UP)
                .min(BigDecimal.valueOf(20));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
