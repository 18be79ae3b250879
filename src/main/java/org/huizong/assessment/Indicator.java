package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the assessment model.
 *
 * @param points          the indicator's full points (a bonus's cap)
 * @param missingPoints   the points of a unit that sent nothing for the period
 * @param noDataPoints    the points when the method reads reported values and the subject has none that count
 *                        (returned, refused; a county none of whose units counts)
 * @param increaseOfYtd   year-to-date items (表四) stand for the period's increase: this month's value less the
 *                        unit's last counted value earlier in the year
 * @param meanOfUnits     a county's points are the mean of its units' points (else the county is scored on its
 *                        consolidated values and the sum of its units' facts)
 * @param groups          the groups the indicator applies to; empty for all
 */
record Indicator(
        String name,
        BigDecimal points,
        ScoringMethod method,
        BigDecimal missingPoints,
        BigDecimal noDataPoints,
        boolean increaseOfYtd,
        boolean meanOfUnits,
        List<String> groups) {

    Indicator {
        groups = List.copyOf(groups);
    }

    boolean appliesTo(Group group) {
        return groups.isEmpty() || groups.contains(group.name());
    }
}
