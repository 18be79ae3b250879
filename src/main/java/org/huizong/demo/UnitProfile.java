package org.huizong.demo;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How much of everything a unit typically handles in a month, and its habits in filling the form.
 *
 * @param applications       typical new information-disclosure applications (表三 R01)
 * @param publications       typical items published (表一 A09.K1)
 * @param consultations      typical consultations (表一 B04)
 * @param licences           typical licensing decisions (表二 G3), 0 when the unit licenses nothing
 * @param penalties          typical administrative penalties (表二 G4)
 * @param coercions          typical coercive measures (表二 G5)
 * @param fee                typical fee income in 万元 (表二 G6), null for units that collect no fee
 * @param feeScale           decimals written for the fee
 * @param normsStock         normative documents in force at the start (表二 G2 M3), -1 when the unit issues none
 * @param rulesStock         规章 in force at the start (表二 G1 M3), -1 for all units but the city government office
 * @param litigationPerMille chance per month, in 1/1000, of a new 行政复议 case (lawsuits are rarer)
 * @param legacy             whether the unit saves its workbooks as .xls
 * @param namingStyle        which file-name pattern the unit uses
 * @param habits             variants the unit's files always show
 */
record UnitProfile(
        int applications,
        int publications,
        int consultations,
        int licences,
        int penalties,
        int coercions,
        BigDecimal fee,
        int feeScale,
        int normsStock,
        int rulesStock,
        int litigationPerMille,
        boolean legacy,
        int namingStyle,
        Set<Variant> habits) {

    UnitProfile {
        habits = Set.copyOf(habits);
    }

    boolean issuesNorms() {
        return normsStock >= 0;
    }

    boolean issuesRules() {
        return rulesStock >= 0;
    }

    boolean isLitigationFree() {
        return litigationPerMille == 0;
    }
}
