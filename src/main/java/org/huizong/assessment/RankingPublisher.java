package org.huizong.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.huizong.output.StandingOutputs;
import org.huizong.period.RunContext;
import org.huizong.system.ConfigurationDigest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ranking step's work: rank the run's period, write its outputs, and record it with the run that made it. A
 * ranking that comes out as the one already written (the same members, points, working and rank changes, from the same
 * configuration and program) is recorded with the run, and its files are left as they are.
 */
public final class RankingPublisher {

    static final String OUTPUTS = "ranking";
    private static final List<String> FILES = List.of(RankingExporter.CSV, RankingExporter.WORKBOOK, RankingPdf.FILE);

    private final Rankings rankings;
    private final RankingExporter exporter = new RankingExporter();
    private final RankingStore store;

    public RankingPublisher(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.rankings = new Rankings(jdbc);
        this.store = new RankingStore(jdbc, batch);
    }

    /** @return how many subjects were ranked, over all groups */
    public int publish(RunContext run, long jobExecutionId) throws IOException {
        PeriodRanking ranking = rankings.rank(run);
        String written = fingerprint(run, ranking);
        if (StandingOutputs.stand(run.periodOutput(), OUTPUTS, written, FILES) && store.holds(ranking.period())) {
            store.recordRun(ranking, jobExecutionId);
        } else {
            exporter.export(run, ranking);
            store.save(ranking, jobExecutionId);
            StandingOutputs.record(run.periodOutput(), OUTPUTS, written);
        }
        return ranking.groups().stream().mapToInt(g -> g.ranked().size()).sum();
    }

    /** Everything the ranking's files show: its configuration, the program, and every member's entry in full. */
    private static String fingerprint(RunContext run, PeriodRanking ranking) {
        MessageDigest digest = ConfigurationDigest.sha256();
        ConfigurationDigest.update(digest, run.configDir());
        StringBuilder text = new StringBuilder(ranking.period())
                .append('\n')
                .append(ranking.inputsSha256())
                .append('\n')
                .append(ranking.model().sha256())
                .append('\n');
        for (GroupRanking group : ranking.groups()) {
            text.append(group.group().name()).append('\n');
            for (RankedSubject ranked : group.ranked()) {
                text.append(ranked.rank())
                        .append('|')
                        .append(ranked.subject().code())
                        .append('|')
                        .append(ranked.subject().name())
                        .append('|')
                        .append(ranked.score())
                        .append('|')
                        .append(ranked.grade())
                        .append('|')
                        .append(ranked.rankChange())
                        .append('\n');
                for (IndicatorScore score : ranked.scores()) {
                    text.append(score.indicator().name())
                            .append('|')
                            .append(score.points())
                            .append('|')
                            .append(score.raw())
                            .append('|')
                            .append(score.inputs())
                            .append('|')
                            .append(score.working())
                            .append('\n');
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
