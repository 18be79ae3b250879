package org.huizong.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huizong.form.ItemDescriptor;
import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import org.huizong.period.RunContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ranks a period by the run's assessment model, from what the database holds: a month on its own facts, a year as the
 * mean of its months' points per indicator; each with the rank change against the previous period ranked by the same
 * model. Nothing is read from earlier rankings, so the same data and model always give the same ranking.
 */
public final class Rankings {

    private final RankingFacts facts;

    public Rankings(JdbcClient jdbc) {
        this.facts = new RankingFacts(jdbc);
    }

    PeriodRanking rank(RunContext run) {
        List<GroupRanking> current = groups(run);
        ReportPeriod previous = run.period().previous();
        Map<String, Integer> previousRanks = new HashMap<>();
        groups(run.forPeriod(previous))
                .forEach(g -> g.ranked()
                        .forEach(r -> previousRanks.put(
                                g.group().name() + "|" + r.subject().code(), r.rank())));
        List<GroupRanking> withChange = current.stream()
                .map(g -> new GroupRanking(
                        g.group(),
                        g.indicators(),
                        g.ranked().stream()
                                .map(r -> r.withPreviousRank(previousRanks.get(
                                        g.group().name() + "|" + r.subject().code())))
                                .toList()))
                .toList();
        return new PeriodRanking(
                run.period().code(), run.part(AssessmentModel.class), withChange, fingerprint(withChange));
    }

    /** The groups of a period; none when the period (or, for a year, every month of it) was never run here. */
    private List<GroupRanking> groups(RunContext run) {
        if (run.period().kind() == PeriodKind.MONTH) {
            return facts.wasRun(run.period().code()) ? month(run) : List.of();
        }
        List<List<GroupRanking>> months = new ArrayList<>();
        List<String> monthCodes = new ArrayList<>();
        for (YearMonth m = run.period().firstMonth(); !m.isAfter(run.period().lastMonth()); m = m.plusMonths(1)) {
            ReportPeriod month = ReportPeriod.month(m);
            if (facts.wasRun(month.code())) {
                months.add(month(run.forPeriod(month)));
                monthCodes.add(month.code());
            }
        }
        return months.isEmpty()
                ? List.of()
                : new MeanOfMonths(run.part(AssessmentModel.class)).combine(monthCodes, months);
    }

    private List<GroupRanking> month(RunContext month) {
        Set<String> items =
                month.form().items().stream().map(ItemDescriptor::code).collect(Collectors.toSet());
        AssessmentModel model = month.part(AssessmentModel.class);
        RankingCalculator calculator = new RankingCalculator(model, items, new Wording(month.form()));
        RankingFacts.MonthUnits units = facts.units(month);
        return model.groups().stream()
                .map(g -> calculator.rank(g, facts.members(month, g, units)))
                .toList();
    }

    private static String fingerprint(List<GroupRanking> groups) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (GroupRanking group : groups) {
                for (RankedSubject ranked : group.ranked()) {
                    for (IndicatorScore score : ranked.scores()) {
                        digest.update(
                                (group.group().name() + "|" + ranked.subject().code() + "|"
                                                + score.indicator().name() + "|" + score.inputs() + "|"
                                                + score.working() + "\n")
                                        .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
