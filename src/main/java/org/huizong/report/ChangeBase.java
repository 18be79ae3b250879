package org.huizong.report;

/**
 * The two sides of a change for one scope: the figures now and before over every unit counted in each period (for
 * reference) and over the units counted in both (可比口径), which the change is computed on. {@code null} sides stand for
 * a period never consolidated.
 */
record ChangeBase(ScopeFigures nowAll, ScopeFigures beforeAll, ScopeFigures nowCommon, ScopeFigures beforeCommon) {

    /** Whether both periods have figures to compare. */
    boolean comparable() {
        return nowAll != null && beforeAll != null;
    }

    /** How many units the comparable base counts; 0 when nothing is comparable. */
    int commonUnits() {
        return nowCommon == null ? 0 : nowCommon.counted();
    }
}
