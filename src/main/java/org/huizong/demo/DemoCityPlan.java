package org.huizong.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The plan of a believable demo city: its unit directory and every file its units send over a run of
 * months, with the findings a correct validator must report for each file. Pure data, deterministic
 * from the seed; another component writes the workbooks.
 */
public final class DemoCityPlan {

    private final List<DemoUnit> units;
    private final List<DemoSubmission> submissions;

    private DemoCityPlan(List<DemoUnit> units, List<DemoSubmission> submissions) {
        this.units = List.copyOf(units);
        this.submissions = List.copyOf(submissions);
    }

    /**
     * Generates the plan.
     *
     * @param seed      any value; equal seeds give equal plans
     * @param lastMonth the month all planted mistakes and defects point at
     * @param months    how many months up to and including lastMonth (13 for the demo, at least 4)
     */
    public static DemoCityPlan generate(long seed, YearMonth lastMonth, int months) {
        if (months < 4) {
            throw new IllegalArgumentException("at least 4 months are needed, got " + months);
        }
        SplittableRandom root = new SplittableRandom(seed);
        YearMonth first = lastMonth.minusMonths(months - 1L);
        List<YearMonth> periods = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            periods.add(first.plusMonths(i));
        }
        DemoDirectory directory = DemoDirectory.build(first, months, root.split());
        Map<YearMonth, Map<String, UnitMonthPlan>> plans =
                new EventPlanner(directory, new Draw(root.split())).plan(periods);
        Draw draw = new Draw(root.split());
        MonthlyValueGenerator generator = new MonthlyValueGenerator(draw);
        SubmissionFactory factory = new SubmissionFactory(draw);
        Map<String, UnitState> states = new HashMap<>();
        List<DemoSubmission> files = new ArrayList<>();
        for (YearMonth period : periods) {
            for (DemoUnit unit : directory.activeIn(period)) {
                UnitProfile profile = directory.profile(unit.uscc());
                UnitState state = states.computeIfAbsent(
                        unit.uscc(), uscc -> UnitState.opening(profile, period, !period.equals(first), generator));
                UnitMonthPlan plan = plans.get(period).getOrDefault(unit.uscc(), UnitMonthPlan.CLEAN);
                CellValues truth = generator.generate(
                        profile, state, period, plan.withoutPartialDisclosure(), plan.minimumApplications());
                state.publications.record(truth.get("T1.A09.K1"), plan.isStored(), plan.isAccepted());
                state.applications.record(truth.get("T3.R01.C7"), plan.isStored(), plan.isAccepted());
                files.addAll(factory.submissions(unit, profile, period, plan, truth));
            }
        }
        files.addAll(StrayFiles.forMonth(lastMonth, directory, states, generator, factory, new Draw(root.split())));
        files.sort(Comparator.comparing(DemoSubmission::receivedAt).thenComparing(DemoSubmission::relativePath));
        return new DemoCityPlan(directory.rows(), files);
    }

    public String cityCode() {
        return UnitNames.CITY_CODE;
    }

    public String cityName() {
        return UnitNames.CITY_NAME;
    }

    /** The unit directory, one row per unit and validity range. */
    public List<DemoUnit> units() {
        return units;
    }

    /** The text of {@code units.csv}. */
    public String unitsCsv() {
        return UnitsCsv.format(units);
    }

    /** The text of {@code city.yml}. */
    public String cityYml() {
        return "code: \"" + cityCode() + "\"\n"
                + "name: " + cityName() + "\n"
                + "monthly-deadline-day: " + ReceiptTimes.DEADLINE_DAY + "\n"
                + "annual-deadline: \"01-31\"\n";
    }

    /** Every file of every month, in the order received. */
    public List<DemoSubmission> submissions() {
        return submissions;
    }

    public List<DemoSubmission> submissionsFor(YearMonth period) {
        return submissions.stream().filter(s -> s.period().equals(period)).toList();
    }

    /** Units active in the period that sent no file at all. */
    public List<DemoUnit> missingIn(YearMonth period) {
        Set<String> senders =
                submissionsFor(period).stream().map(s -> s.unit().uscc()).collect(Collectors.toSet());
        return units.stream()
                .filter(u -> u.isActiveIn(period) && !senders.contains(u.uscc()))
                .toList();
    }

    /** The original of a DUPLICATE_COPY file: same unit, same period, version 1, not itself a copy. */
    public DemoSubmission originalOf(DemoSubmission copy) {
        return submissionsFor(copy.period()).stream()
                .filter(s -> s.defect() != FileDefect.DUPLICATE_COPY
                        && s.version() == 1
                        && s.unit().uscc().equals(copy.unit().uscc()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no original for " + copy.relativePath()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemoCityPlan plan && units.equals(plan.units) && submissions.equals(plan.submissions);
    }

    @Override
    public int hashCode() {
        return units.hashCode() * 31 + submissions.hashCode();
    }
}
