package org.huizong.demo;

import static org.huizong.demo.GiaMItems.APPLICATION_CHANNEL_ROWS;
import static org.huizong.demo.GiaMItems.CONSULTATION_ROWS;
import static org.huizong.demo.GiaMItems.T4_GROUPS;
import static org.huizong.demo.GiaMItems.t1;
import static org.huizong.demo.GiaMItems.t4;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/** Produces one month of true, internally consistent GIA-M values for a unit and advances its state. */
final class MonthlyValueGenerator {

    /** D01 当面, D02 信函, D03 传真, D04 网络, D05 其他. */
    private static final double[] APPLICATION_CHANNELS = {0.20, 0.18, 0.01, 0.56, 0.05};
    /** B01 现场, B02 电话, B03 网上. */
    private static final double[] CONSULTATION_CHANNELS = {0.30, 0.45, 0.25};
    /** 维持, 纠正, 其他, 尚未审结. */
    private static final double[] CASE_RESULTS = {0.50, 0.15, 0.15, 0.20};
    /** How much rarer each group is than 行政复议: RV, LD, LR. */
    private static final double[] GROUP_SHARES = {1.0, 0.3, 0.2};

    private static final int MINIMUM_PUBLICATIONS = 10;

    private final Draw draw;

    MonthlyValueGenerator(Draw draw) {
        this.draw = draw;
    }

    /**
     * One month's values.
     *
     * @param withoutPartial      leave 表三 row R04 empty (the file's R04 label will be unreadable)
     * @param minimumApplications at least this many new applications (for mistakes that need some)
     */
    CellValues generate(
            UnitProfile profile, UnitState state, YearMonth period, boolean withoutPartial, int minimumApplications) {
        CellValues values = new CellValues();
        int newPolicies = documents(profile, state, values);
        activities(profile, values);
        int publications = state.publications.choose(
                draw.around(profile.publications(), 0.25),
                Math.max(MINIMUM_PUBLICATIONS, (int) Math.round(profile.publications() * 0.6)),
                (int) Math.round(profile.publications() * 1.4) + 2);
        PublicationTable.fill(values, publications, newPolicies, draw);
        consultations(profile, values);
        int applications = state.applications.choose(
                Math.max(minimumApplications, draw.around(profile.applications(), 0.45)),
                minimumApplications,
                Math.max(minimumApplications, (int) Math.round(profile.applications() * 1.8) + 3));
        spread(values, applications, APPLICATION_CHANNEL_ROWS, APPLICATION_CHANNELS);
        int[] pending = ApplicationTable.fill(values, applications, state.pending, withoutPartial, draw);
        System.arraycopy(pending, 0, state.pending, 0, pending.length);
        cases(profile, state, period);
        writeCases(state, values);
        return values;
    }

    /** Stock carried into the first month: pending applications and this year's cases before it. */
    void openingStock(UnitProfile profile, UnitState state, YearMonth firstMonth) {
        state.pending[0] =
                (int) Math.round(profile.applications() * 0.3 * draw.random().nextDouble());
        state.pending[1] =
                (int) Math.round(profile.applications() * 0.08 * draw.random().nextDouble());
        state.pending[4] = draw.chance(0.2) ? 1 : 0;
        state.pending[5] = draw.chance(0.2) ? 1 : 0;
        for (int month = 1; month < firstMonth.getMonthValue(); month++) {
            cases(profile, state, YearMonth.of(firstMonth.getYear(), month));
        }
    }

    /** 表二; returns the number of newly issued 规章 and normative documents. */
    private int documents(UnitProfile profile, UnitState state, CellValues values) {
        int newRules = 0;
        if (profile.issuesRules()) {
            newRules = draw.weighted(new double[] {0.70, 0.25, 0.05});
            int repealed = state.rulesInForce > 0 && draw.chance(0.12) ? 1 : 0;
            state.rulesInForce += newRules - repealed;
            stock(values, "T2.G1", newRules, repealed, state.rulesInForce);
        }
        int newNorms = 0;
        if (profile.issuesNorms()) {
            int most = profile.normsStock() > 25 ? 3 : 1;
            newNorms = draw.chance(0.45) ? draw.between(1, most) : 0;
            int repealed = state.normsInForce > 0 && draw.chance(0.2) ? 1 : 0;
            state.normsInForce += newNorms - repealed;
            stock(values, "T2.G2", newNorms, repealed, state.normsInForce);
        }
        return newRules + newNorms;
    }

    private static void stock(CellValues values, String group, int issued, int repealed, int inForce) {
        values.set(group + ".M1", issued);
        values.set(group + ".M2", repealed);
        values.set(group + ".M3", inForce);
    }

    private void activities(UnitProfile profile, CellValues values) {
        values.set("T2.G3.M4", draw.around(profile.licences(), 0.3));
        values.set("T2.G4.M4", draw.around(profile.penalties(), 0.4));
        values.set("T2.G5.M4", draw.around(profile.coercions(), 0.5));
        if (profile.fee() != null) {
            BigDecimal factor = BigDecimal.valueOf(0.7 + 0.6 * draw.random().nextDouble());
            BigDecimal fee = profile.fee().multiply(factor).setScale(profile.feeScale(), RoundingMode.HALF_UP);
            values.set(GiaMItems.FEE, fee.max(BigDecimal.ONE));
        }
    }

    private void consultations(UnitProfile profile, CellValues values) {
        int total =
                spread(values, draw.around(profile.consultations(), 0.35), CONSULTATION_ROWS, CONSULTATION_CHANNELS);
        values.set(t1("B04", "V"), total);
    }

    /** Spreads a total over the leading rows of a block and writes the total into its last row. */
    private int spread(CellValues values, int total, List<String> rows, double[] weights) {
        int[] parts = draw.spread(total, weights);
        for (int i = 0; i < parts.length; i++) {
            values.set(t1(rows.get(i), "V"), parts[i]);
        }
        values.set(t1(rows.get(rows.size() - 1), "V"), total);
        return total;
    }

    /** New 行政复议/诉讼 cases of the month, added to the year to date (reset with a new year). */
    private void cases(UnitProfile profile, UnitState state, YearMonth period) {
        if (period.getYear() != state.year) {
            state.year = period.getYear();
            for (int[] group : state.yearToDate) {
                Arrays.fill(group, 0);
            }
        }
        for (int group = 0; group < GROUP_SHARES.length; group++) {
            double chance = profile.litigationPerMille() / 1000.0 * GROUP_SHARES[group] / 2;
            for (int trial = 0; trial < 2; trial++) {
                if (chance > 0 && draw.chance(chance)) {
                    state.yearToDate[group][draw.weighted(CASE_RESULTS)]++;
                }
            }
        }
    }

    private static void writeCases(UnitState state, CellValues values) {
        for (int group = 0; group < T4_GROUPS.size(); group++) {
            int total = 0;
            for (int part = 1; part <= 4; part++) {
                values.set(t4(T4_GROUPS.get(group), part), state.yearToDate[group][part - 1]);
                total += state.yearToDate[group][part - 1];
            }
            values.set(t4(T4_GROUPS.get(group), 5), total);
        }
    }
}
