package org.huizong.assessment;

import java.util.List;

/** The members of one group in rank order. */
record GroupRanking(Group group, List<Indicator> indicators, List<RankedSubject> ranked) {

    GroupRanking {
        indicators = List.copyOf(indicators);
        ranked = List.copyOf(ranked);
    }
}
