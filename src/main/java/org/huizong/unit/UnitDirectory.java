package org.huizong.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huizong.form.LabelText;
import org.huizong.form.ReportPeriod;

/** The unit directory ({@code units.csv}): who reports, where they belong, and since when. */
public final class UnitDirectory {

    private final List<Unit> units;
    /** The rows of each USCC and of each folded name or alias: a city of 10,000 units is looked up once per file. */
    private final Map<String, List<Unit>> byUscc = new HashMap<>();

    private final Map<String, List<Unit>> byName = new HashMap<>();

    public UnitDirectory(List<Unit> units) {
        this.units = List.copyOf(units);
        for (Unit unit : this.units) {
            byUscc.computeIfAbsent(unit.uscc(), k -> new ArrayList<>()).add(unit);
            Set<String> names = new HashSet<>();
            names.add(LabelText.canonical(unit.name()));
            unit.aliases().forEach(a -> names.add(LabelText.canonical(a)));
            names.forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(unit));
        }
    }

    public List<Unit> all() {
        return units;
    }

    /**
     * The units that report for the period, each once with the directory row valid then (for a year: the row of the
     * last month the unit was active in), ordered by county and name.
     */
    public List<Unit> activeIn(ReportPeriod period) {
        java.util.Map<String, Unit> latest = new java.util.LinkedHashMap<>();
        units.stream().filter(u -> u.isActiveIn(period)).sorted(LATEST_LAST).forEach(u -> latest.put(u.uscc(), u));
        List<Unit> active = new ArrayList<>(latest.values());
        active.sort(Comparator.comparing(Unit::countyCode)
                .thenComparing(Unit::level)
                .thenComparing(Unit::name));
        return active;
    }

    public Optional<Unit> byUscc(String uscc, ReportPeriod period) {
        String wanted = Uscc.normalise(uscc);
        return pick(byUscc.getOrDefault(wanted, List.of()), period);
    }

    /** By name or alias, compared as labels are (width, spaces and punctuation folded). */
    public Optional<Unit> byName(String name, ReportPeriod period) {
        String wanted = LabelText.canonical(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return pick(byName.getOrDefault(wanted, List.of()), period);
    }

    /** The months of a year in which the unit reports, by the directory row valid for each month. */
    public List<java.time.YearMonth> monthsActive(String uscc, int year) {
        List<java.time.YearMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            ReportPeriod month = ReportPeriod.month(java.time.YearMonth.of(year, m));
            if (byUscc.getOrDefault(uscc, List.of()).stream().anyMatch(u -> u.isActiveIn(month))) {
                months.add(month.yearMonth());
            }
        }
        return months;
    }

    /** Prefers the latest row valid in the period; otherwise the latest row, so a unit outside its validity is still named. */
    private static Optional<Unit> pick(List<Unit> candidates, ReportPeriod period) {
        return candidates.stream()
                .filter(u -> u.isActiveIn(period))
                .max(LATEST_LAST)
                .or(() -> candidates.stream().max(LATEST_LAST));
    }

    private static final Comparator<Unit> LATEST_LAST =
            Comparator.comparing(u -> u.validFrom() == null ? "" : u.validFrom().toString());
}
