package org.huizong.report;

import java.util.List;
import java.util.Optional;

import org.huizong.form.ReportPeriod;

/** A period's consolidation as the reports read it; {@code city} is null when the period was never consolidated. */
public record PeriodFigures(ReportPeriod period, ScopeFigures city, List<ScopeFigures> counties, List<ScopeFigures> categories) {

    public PeriodFigures {
        counties = List.copyOf(counties);
        categories = List.copyOf(categories);
    }

    public boolean consolidated() {
        return city != null;
    }

    public Optional<ScopeFigures> county(String code) {
        return counties.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
