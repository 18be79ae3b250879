package org.huizong.report;

import java.util.Set;
import org.huizong.consolidation.CountedUnits;
import org.huizong.consolidation.UnitStatuses;
import org.huizong.period.RunContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what the summary says for a run's period: the units' statuses, which units the totals count, the figures. */
final class SummaryContents {

    private final JdbcClient jdbc;
    private final UnitStatuses statuses;
    private final ConsolidatedFigures figures;
    private final ReportDefinitions definitions;

    SummaryContents(JdbcClient jdbc, ReportDefinitions definitions) {
        this.jdbc = jdbc;
        this.statuses = new UnitStatuses(jdbc);
        this.figures = new ConsolidatedFigures(jdbc);
        this.definitions = definitions;
    }

    SummaryContent of(RunContext run) {
        Set<String> counted = new CountedUnits(jdbc).usccs(run.period().code());
        return new SummaryContent(run, statuses.of(run), counted, figures.of(run.period()), definitions);
    }
}
