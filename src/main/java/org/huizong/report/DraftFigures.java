package org.huizong.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huizong.consolidation.CountedUnits;
import org.huizong.consolidation.CountedValues;
import org.huizong.consolidation.RolledUpUnits;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ItemDescriptor;
import org.huizong.form.ReportPeriod;
import org.huizong.form.TimeRollup;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;
import org.huizong.validation.AcceptedHistory;
import org.huizong.validation.AnnualMonths;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures the annual report drafts are written from, read where the annual job keeps them: each counted unit's
 * annual figures (its accepted GIA-Y workbook or its complete roll-up, as the consolidation counts it), its accepted
 * months' 表一 added up, the consolidated county and city figures, and the year before where it was consolidated.
 */
final class DraftFigures {

    private static final String APPLICATIONS = "T3.R01.C7";

    /** A counted unit of the year, in the county it belongs to at the year's end. */
    /** A unit's accepted months of the year: 表一 added up, how many there are and which are missing. */
    record Months(Map<String, BigDecimal> monthly, int accepted, String missing) {}

    private final JdbcClient jdbc;
    private final CountedValues counted;
    private final AcceptedHistory history;
    private final ConsolidatedFigures consolidated;
    private final CountedUnits countedUnits;

    DraftFigures(JdbcClient jdbc, AcceptedHistory history) {
        this.jdbc = jdbc;
        this.counted = new CountedValues(jdbc);
        this.history = history;
        this.consolidated = new ConsolidatedFigures(jdbc);
        this.countedUnits = new CountedUnits(jdbc);
    }

    List<CountedUnits.InCounty> countedUnits(ReportPeriod year) {
        return countedUnits.byCounty(year.code());
    }

    /** Every item of the annual form: the unit's figure as it counts, zero where none is stored. */
    Map<String, BigDecimal> unitFigures(RunContext run, CountedUnits.InCounty unit) {
        Map<String, BigDecimal> stored = counted.ofUnit(run.period().code(), unit.uscc(), unit.fileId());
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        run.form().items().forEach(item -> figures.put(item.code(), stored.getOrDefault(item.code(), BigDecimal.ZERO)));
        return figures;
    }

    /** The unit's accepted monthly workbooks of the year rolled up, kept to the items the annual form lacks (表一). */
    Months months(RunContext run, FormDescriptor monthlyForm, String uscc) {
        AnnualMonths months = AnnualMonths.of(uscc, run.period().year(), run.directory(), history);
        Set<String> annualItems =
                run.form().items().stream().map(ItemDescriptor::code).collect(Collectors.toSet());
        Map<String, BigDecimal> monthly = new HashMap<>();
        TimeRollup.rollUp(monthlyForm, months.values()).forEach((item, value) -> {
            if (!annualItems.contains(item)) {
                monthly.put(item, value);
            }
        });
        String missing = months.missing().stream()
                .map(m -> Messages.text("report.draft.missingMonth", m.getMonthValue()))
                .collect(Collectors.joining(Messages.text("report.list.separator")));
        return new Months(monthly, months.accepted().size(), missing);
    }

    /** The unit's new applications of the year before, when it was counted that year. */
    BigDecimal previousApplications(ReportPeriod year, String uscc) {
        String previous = year.previous().code();
        return countedUnits
                .of(previous, uscc)
                .map(unit -> counted.ofUnit(previous, uscc, unit.fileId()).getOrDefault(APPLICATIONS, BigDecimal.ZERO))
                .orElse(null);
    }

    /** The consolidated figures of a year by county and for the city (an empty period when it was never consolidated). */
    PeriodFigures consolidated(ReportPeriod period) {
        return consolidated.of(period);
    }

    /** A scope's new applications of a consolidated year, null when the scope counted no unit that year. */
    static BigDecimal applications(ScopeFigures scope) {
        return scope == null || !scope.countsAnyUnit() ? null : scope.value(APPLICATIONS);
    }

    /** The months of the year that each active unit lacks (一、二月), empty for a unit with no accepted month at all. */
    Map<String, String> missingMonths(ReportPeriod year) {
        return new RolledUpUnits(jdbc).missingMonths(year.code());
    }
}
