package org.huizong.assessment;

import java.util.List;

/**
 * The ranking of one period by one model.
 *
 * @param inputsSha256 SHA-256 of every subject's inputs as the 计算明细 shows them: equal for equal data
 */
record PeriodRanking(String period, AssessmentModel model, List<GroupRanking> groups, String inputsSha256) {

    PeriodRanking {
        groups = List.copyOf(groups);
    }
}
