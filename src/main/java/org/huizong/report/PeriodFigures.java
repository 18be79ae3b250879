package org.huizong.report;

import java.util.List;
import org.huizong.form.ReportPeriod;

/** A period's consolidation as the reports read it; {@code city} is null when the period was never consolidated. */
record PeriodFigures(
        ReportPeriod period, ScopeFigures city, List<ScopeFigures> counties, List<ScopeFigures> categories) {

    PeriodFigures {
        counties = List.copyOf(counties);
        categories = List.copyOf(categories);
    }

    boolean consolidated() {
        return city != null;
    }
}
