package org.huizong.demo;

import java.time.YearMonth;

/** What a unit carries from one month to the next: pending applications, documents in force, year to date. */
final class UnitState {

    /** 表三 R25 of the previous month, columns C1..C6. */
    final int[] pending = new int[6];
    /** 表四 year to date: groups RV, LD, LR × parts 1..4. */
    final int[][] yearToDate = new int[3][4];

    final SeriesHistory publications = new SeriesHistory();
    final SeriesHistory applications = new SeriesHistory();
    int rulesInForce;
    int normsInForce;
    int year;

    private UnitState() {}

    /** The state at the start of a unit's first month: some stock carried over unless the unit is new. */
    static UnitState opening(
            UnitProfile profile, YearMonth firstMonth, boolean isNew, MonthlyValueGenerator generator) {
        UnitState state = new UnitState();
        state.rulesInForce = Math.max(0, profile.rulesStock());
        state.normsInForce = Math.max(0, profile.normsStock());
        state.year = firstMonth.getYear();
        if (!isNew) {
            generator.openingStock(profile, state, firstMonth);
        }
        return state;
    }
}
