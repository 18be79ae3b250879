package org.huizong.demo;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/** The demo plan the tests share: generated and checked once per test run. */
final class SamplePlan {

    static final long SEED = 20261L;
    static final YearMonth LAST = YearMonth.of(2026, 10);
    static final int MONTHS = 13;

    private static DemoCityPlan plan;
    private static Map<DemoSubmission, Set<RuleHit>> findings;

    private SamplePlan() {}

    static synchronized DemoCityPlan plan() {
        if (plan == null) {
            plan = DemoCityPlan.generate(SEED, LAST, MONTHS);
        }
        return plan;
    }

    static synchronized Map<DemoSubmission, Set<RuleHit>> findings() {
        if (findings == null) {
            findings = PlanConsistencyCheck.check(plan().units(), plan().cityCode(), plan().submissions());
        }
        return findings;
    }
}
