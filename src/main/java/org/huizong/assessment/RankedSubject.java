package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.huizong.text.Messages;

/**
 * A subject's place in its group.
 *
 * @param previousRank its rank in the previous period's ranking by the same model, or null when it was not ranked
 */
record RankedSubject(
        Subject subject, int rank, BigDecimal score, String grade, List<IndicatorScore> scores, Integer previousRank) {

    RankedSubject {
        scores = List.copyOf(scores);
    }

    RankedSubject withPreviousRank(Integer previous) {
        return new RankedSubject(subject, rank, score, grade, scores, previous);
    }

    /** {@code ↑2}, {@code ↓1}, {@code —} (same), {@code 新} (not ranked before). */
    String rankChange() {
        if (previousRank == null) {
            return Messages.text("assessment.ranking.rankChange.new");
        }
        int change = previousRank - rank;
        return change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "—";
    }
}
