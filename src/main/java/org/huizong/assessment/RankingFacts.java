package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huizong.consolidation.CountedUnits;
import org.huizong.consolidation.CountedValues;
import org.huizong.consolidation.Scope;
import org.huizong.consolidation.ScopeValues;
import org.huizong.consolidation.UnitStatuses;
import org.huizong.form.ItemDescriptor;
import org.huizong.period.RunContext;
import org.huizong.submission.SubmittedFiles;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gathers, for a month, every ranked subject: each active unit with its counted values, its year-to-date increases and
 * its facts, and each county with its consolidated values and the sums over its units.
 */
final class RankingFacts {

    private final JdbcClient jdbc;
    private final UnitStatuses statuses;
    private final CountedValues counted;

    RankingFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.statuses = new UnitStatuses(jdbc);
        this.counted = new CountedValues(jdbc);
    }

    /** Whether the month was run in this database (its directory snapshot is there). */
    boolean wasRun(String period) {
        return jdbc.sql("SELECT COUNT(*) FROM period_unit WHERE period = :period")
                        .param("period", period)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A month's active units as subjects, with their statuses and levels, read once for all groups. */
    record MonthUnits(
            Map<String, Subject> byUscc, List<UnitStatuses.UnitStatus> statuses, Map<String, String> levels) {}

    /** The members of {@code group} in a month. */
    List<Subject> members(RunContext month, Group group, MonthUnits units) {
        if (!group.ofCounties()) {
            return units.byUscc().values().stream()
                    .filter(u -> group.members().equals(units.levels().get(u.code())))
                    .toList();
        }
        Map<String, List<Subject>> byCounty = new LinkedHashMap<>();
        Map<String, String> countyNames = new HashMap<>();
        for (var status : units.statuses()) {
            if (!status.countyCode().equals(month.city().code())) {
                byCounty.computeIfAbsent(status.countyCode(), c -> new ArrayList<>())
                        .add(units.byUscc().get(status.uscc()));
                countyNames.put(status.countyCode(), status.countyName());
            }
        }
        Map<String, Map<String, BigDecimal>> countyValues =
                new ScopeValues(jdbc).itemsByCode(month.period().code(), Scope.COUNTY, read(month));
        List<Subject> counties = new ArrayList<>();
        byCounty.forEach(
                (code, members) -> counties.add(county(code, countyNames.get(code), members, countyValues.get(code))));
        return counties;
    }

    /** Every active unit of the month. */
    MonthUnits units(RunContext month) {
        String period = month.period().code();
        Map<String, Map<String, BigDecimal>> values = unitValues(period, read(month));
        Map<String, Map<String, BigDecimal>> previous = previousYearToDate(month);
        Map<String, Map<String, BigDecimal>> facts = new FirstFileFacts(new SubmittedFiles(jdbc)).of(period);
        Set<String> ytdItems = yearToDateItems(month);
        Map<String, Subject> units = new LinkedHashMap<>();
        List<UnitStatuses.UnitStatus> active = statuses.of(month);
        for (var status : active) {
            Map<String, BigDecimal> own = values.get(status.uscc());
            Map<String, BigDecimal> unitFacts = new HashMap<>(facts.getOrDefault(status.uscc(), FirstFileFacts.none()));
            boolean missing = status.status() == SubmissionStatus.MISSING;
            unitFacts.put(
                    Fact.DAYS_LATE.variable(),
                    status.daysLate() == null ? BigDecimal.ZERO : BigDecimal.valueOf(status.daysLate()));
            unitFacts.put(Fact.UNITS.variable(), BigDecimal.ONE);
            unitFacts.put(Fact.UNITS_MISSING.variable(), missing ? BigDecimal.ONE : BigDecimal.ZERO);
            Map<String, BigDecimal> increases = null;
            if (own != null) {
                increases = new HashMap<>();
                Map<String, BigDecimal> before = previous.getOrDefault(status.uscc(), Map.of());
                for (String item : ytdItems) {
                    if (own.containsKey(item)) {
                        increases.put(item, own.get(item).subtract(before.getOrDefault(item, BigDecimal.ZERO)));
                    }
                }
            }
            units.put(
                    status.uscc(),
                    new Subject(status.uscc(), status.name(), missing, own, increases, unitFacts, List.of()));
        }
        return new MonthUnits(units, active, levels(period));
    }

    private static Subject county(String code, String name, List<Subject> units, Map<String, BigDecimal> consolidated) {
        Map<String, BigDecimal> facts = new HashMap<>();
        Map<String, BigDecimal> increases = new HashMap<>();
        for (Subject unit : units) {
            unit.facts().forEach((k, v) -> facts.merge(k, v, BigDecimal::add));
            if (unit.hasData()) {
                unit.increases().forEach((k, v) -> increases.merge(k, v, BigDecimal::add));
            }
        }
        boolean anyCounted = units.stream().anyMatch(Subject::hasData);
        return new Subject(
                code, name, false, anyCounted ? consolidated : null, anyCounted ? increases : null, facts, units);
    }

    /**
     * The items whose values a ranking reads: those of the model's formulas, and the form's first item, because a
     * counted scope has a row for every item and so is told apart from one that has none even by a facts-only model.
     */
    private static Set<String> read(RunContext month) {
        Set<String> read =
                new java.util.TreeSet<>(month.part(AssessmentModel.class).variables());
        read.add(month.form().items().get(0).code());
        return read;
    }

    /**
     * The values of the items the model reads, by unit: every such item of the unit's form, zero where it has no figure.
     * A city of 10,000 units has a million values in all.
     */
    private Map<String, Map<String, BigDecimal>> unitValues(String period, Set<String> read) {
        Map<String, List<String>> formItems = new HashMap<>();
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        counted.visit(period, new CountedValues.Visitor() {
            @Override
            public void unit(String uscc, String formCode) {
                Map<String, BigDecimal> own = new HashMap<>();
                formItems
                        .computeIfAbsent(formCode, f -> itemsOf(f, read))
                        .forEach(item -> own.put(item, BigDecimal.ZERO));
                values.put(uscc, own);
            }

            @Override
            public void value(String uscc, String item, BigDecimal figure) {
                values.get(uscc).replace(item, figure);
            }
        });
        return values;
    }

    private List<String> itemsOf(String formCode, Set<String> read) {
        return counted.formItems(formCode).keySet().stream()
                .filter(read::contains)
                .toList();
    }

    /** Each unit's last counted year-to-date values in the earlier months of the same year. */
    private Map<String, Map<String, BigDecimal>> previousYearToDate(RunContext month) {
        Set<String> ytd = yearToDateItems(month);
        ytd.retainAll(read(month));
        Map<String, Map<String, BigDecimal>> previous = new HashMap<>();
        if (ytd.isEmpty()) {
            return previous;
        }
        List<String> earlier = new CountedUnits(jdbc)
                .periodsCounted(
                        month.period().firstMonth().getYear() + "-01",
                        month.period().code());
        for (String period : earlier) {
            unitValues(period, ytd)
                    .forEach((uscc, values) ->
                            previous.computeIfAbsent(uscc, u -> new HashMap<>()).putAll(values));
        }
        return previous;
    }

    private static Set<String> yearToDateItems(RunContext month) {
        return month.form().items().stream()
                .filter(i -> i.sheet().yearToDate())
                .map(ItemDescriptor::code)
                .collect(Collectors.toSet());
    }

    private Map<String, String> levels(String period) {
        Map<String, String> levels = new HashMap<>();
        jdbc.sql("SELECT uscc, level FROM period_unit WHERE period = :period")
                .param("period", period)
                .query(rs -> {
                    levels.put(rs.getString(1), rs.getString(2));
                });
        return levels;
    }
}
