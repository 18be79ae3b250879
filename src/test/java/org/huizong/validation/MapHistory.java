package org.huizong.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huizong.form.ReportPeriod;

/** An accepted history given as period code → values, for the fixture unit only. */
record MapHistory(Map<String, Map<String, BigDecimal>> byPeriod) implements AcceptedHistory {

    @Override
    public Optional<Map<String, BigDecimal>> acceptedValues(String uscc, ReportPeriod period) {
        return Optional.ofNullable(byPeriod.get(period.code()));
    }

    @Override
    public List<AcceptedPeriod> acceptedBefore(String uscc, ReportPeriod period, int count) {
        return byPeriod.entrySet().stream()
                .filter(e -> e.getKey().compareTo(period.code()) < 0)
                .sorted(Map.Entry.<String, Map<String, BigDecimal>>comparingByKey()
                        .reversed())
                .limit(count)
                .map(e -> new AcceptedPeriod(ReportPeriod.parse(e.getKey()), e.getValue()))
                .toList();
    }

    @Override
    public List<AcceptedPeriod> acceptedMonthsOf(String uscc, int year) {
        return byPeriod.entrySet().stream()
                .filter(e -> e.getKey().startsWith(year + "-"))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new AcceptedPeriod(ReportPeriod.parse(e.getKey()), e.getValue()))
                .toList();
    }
}
