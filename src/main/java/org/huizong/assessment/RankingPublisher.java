package org.huizong.assessment;

import java.io.IOException;

import org.huizong.period.RunContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ranking step's work: rank the run's period, write its outputs, and record it with the run that made it. */
public final class RankingPublisher {

    private final Rankings rankings;
    private final RankingExporter exporter = new RankingExporter();
    private final RankingStore store;

    public RankingPublisher(JdbcClient jdbc) {
        this.rankings = new Rankings(jdbc);
        this.store = new RankingStore(jdbc);
    }

    /** @return how many subjects were ranked, over all groups */
    public int publish(RunContext run, long jobExecutionId) throws IOException {
        PeriodRanking ranking = rankings.rank(run);
        exporter.export(run, ranking);
        store.save(ranking, jobExecutionId);
        return ranking.groups().stream().mapToInt(g -> g.ranked().size()).sum();
    }
}
