package org.huizong.portal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import org.huizong.period.RunContext;
import org.huizong.period.RunContextFactory;
import org.huizong.unit.Unit;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * The periods the portal offers, and each one's run context (form, directory, city) on the portal's folders. A period
 * is offered from the earliest of: the months a job ran for, the directory's earliest {@code valid_from}, and
 * {@code huizong.portal.months-back} before the open month; up to the open month (last month), and only while some unit
 * of the directory reports in it. Anything else is not found, so no URL builds a context for a period nobody reports,
 * and the contexts held stay few ({@code huizong.portal.run-contexts}).
 */
public final class PortalPeriods {

    private final JdbcClient jdbc;
    private final PortalProperties folders;
    private final PortalRunContexts runs;
    private final Clock clock;

    public PortalPeriods(JdbcClient jdbc, PortalProperties folders, RunContextFactory factory, Clock clock) {
        this.jdbc = jdbc;
        this.folders = folders;
        this.runs = new PortalRunContexts(factory, folders);
        this.clock = clock;
    }

    /** A period from a URL within the offered range; anything else is not found. */
    public ReportPeriod parse(String code) {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(code == null ? "" : code);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, PortalMessages.get("period.unknown", rangeText()));
        }
        if (!offers(period)) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, PortalMessages.get("period.outside", period.label(), rangeText()));
        }
        return period;
    }

    /** Whether the portal offers the period: within the range, and some unit of the directory reports in it. */
    public boolean offers(ReportPeriod period) {
        return offers(period, firstMonth());
    }

    private boolean offers(ReportPeriod period, YearMonth first) {
        YearMonth open = openYearMonth();
        boolean toCome =
                period.kind() == PeriodKind.MONTH ? period.yearMonth().isAfter(open) : period.year() > open.getYear();
        if (toCome || period.lastMonth().isBefore(first)) {
            return false;
        }
        return directoryUnits().anyMatch(u -> u.isActiveIn(period));
    }

    public RunContext context(ReportPeriod period) {
        return runs.of(period);
    }

    /** How many periods' run contexts the portal holds now (bounded by {@code huizong.portal.run-contexts}). */
    public int contextsHeld() {
        return runs.size();
    }

    /** The month being reported now: last month. */
    public String openMonth() {
        return openYearMonth().toString();
    }

    /** Every offered period a job has run for, newest first, with the open month in front when no job ran for it yet. */
    public List<String> known() {
        List<String> periods =
                new ArrayList<>(offered(jdbc.sql("SELECT DISTINCT period FROM period_unit ORDER BY period DESC")
                        .query(String.class)
                        .list()));
        if (!periods.contains(openMonth())) {
            periods.add(0, openMonth());
        }
        return periods;
    }

    /** The codes among these that the portal offers, in their order (a run of a month to come is not offered). */
    public List<String> offered(List<String> codes) {
        YearMonth first = firstMonth();
        return codes.stream()
                .filter(code -> offers(ReportPeriod.parse(code), first))
                .toList();
    }

    /** The period a page shows when none is chosen: the latest offered month a job ran for, else the open month. */
    public String latest() {
        return jdbc.sql("SELECT MAX(period) FROM period_unit WHERE LENGTH(period) = 7 AND period <= :open")
                .param("open", openMonth())
                .query(String.class)
                .optional()
                .orElse(openMonth());
    }

    /** The first month offered. */
    YearMonth firstMonth() {
        YearMonth first = openYearMonth().minusMonths(folders.monthsBack());
        String earliestRun = jdbc.sql("SELECT MIN(period) FROM period_unit")
                .query(String.class)
                .optional()
                .orElse(null);
        if (earliestRun != null) {
            YearMonth run = ReportPeriod.parse(earliestRun).firstMonth();
            first = run.isBefore(first) ? run : first;
        }
        YearMonth earliestUnit = directoryUnits()
                .map(Unit::validFrom)
                .filter(Objects::nonNull)
                .min(YearMonth::compareTo)
                .orElse(first);
        return earliestUnit.isBefore(first) ? earliestUnit : first;
    }

    /** "2025年11月至2026年11月", for a message. */
    private String rangeText() {
        return PortalMessages.get(
                "period.range",
                ReportPeriod.month(firstMonth()).label(),
                ReportPeriod.month(openYearMonth()).label());
    }

    private Stream<Unit> directoryUnits() {
        return context(ReportPeriod.month(openYearMonth())).directory().all().stream();
    }

    private YearMonth openYearMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }
}
