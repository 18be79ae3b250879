package org.huizong.portal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.huizong.form.ReportPeriod;
import org.huizong.system.RunContext;
import org.huizong.system.RunContexts;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/** The periods the portal offers, and each one's run context (form, directory, city) on the portal's folders. */
public final class PortalPeriods {

    private final JdbcClient jdbc;
    private final RunContexts runs;
    private final PortalProperties folders;

    public PortalPeriods(JdbcClient jdbc, RunContexts runs, PortalProperties folders) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.folders = folders;
    }

    /** A period from a URL; anything else is not found. */
    public ReportPeriod parse(String code) {
        try {
            return ReportPeriod.parse(code == null ? "" : code);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个期别");
        }
    }

    public RunContext context(ReportPeriod period) {
        return runs.of(period.code() + "|" + folders.input() + "|" + folders.output() + "|" + folders.config());
    }

    /** The month being reported now: last month. */
    public String openMonth() {
        return YearMonth.now().minusMonths(1).toString();
    }

    /** Every period a job has run for, newest first, with the open month in front when no job ran for it yet. */
    public List<String> known() {
        List<String> periods = new ArrayList<>(jdbc.sql("SELECT DISTINCT period FROM period_unit ORDER BY period DESC")
                .query(String.class).list());
        if (!periods.contains(openMonth())) {
            periods.add(0, openMonth());
        }
        return periods;
    }

    /** The period a page shows when none is chosen: the latest month a job ran for, else the open month. */
    public String latest() {
        return jdbc.sql("SELECT MAX(period) FROM period_unit WHERE LENGTH(period) = 7").query(String.class).optional()
                .orElse(openMonth());
    }
}
