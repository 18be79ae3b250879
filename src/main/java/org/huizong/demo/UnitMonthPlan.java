package org.huizong.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What happens to one unit in one month, decided before any value is drawn.
 *
 * @param missing        the unit sends nothing
 * @param rules          value mistakes planted into its file (P-STOCK is the only warning among them)
 * @param defect         a whole-file defect instead of value mistakes
 * @param correctedRule  "" or the rule of a mistaken version 1 followed by a clean version 2
 * @param duplicated     a byte-identical copy of its file arrives later
 * @param late           the file arrives after the deadline
 * @param extraVariants  variants forced onto this file so that every variant shows up
 */
record UnitMonthPlan(
        boolean missing,
        List<String> rules,
        FileDefect defect,
        String correctedRule,
        boolean duplicated,
        boolean late,
        Set<Variant> extraVariants) {

    static final UnitMonthPlan CLEAN =
            new UnitMonthPlan(false, List.of(), FileDefect.NONE, "", false, false, EnumSet.noneOf(Variant.class));
    static final UnitMonthPlan MISSING =
            new UnitMonthPlan(true, List.of(), FileDefect.NONE, "", false, false, EnumSet.noneOf(Variant.class));

    UnitMonthPlan {
        rules = List.copyOf(rules);
        extraVariants = Set.copyOf(extraVariants);
    }

    static UnitMonthPlan withRule(String rule) {
        return new UnitMonthPlan(false, List.of(rule), FileDefect.NONE, "", false, false, Set.of());
    }

    static UnitMonthPlan withDefect(FileDefect defect) {
        return new UnitMonthPlan(false, List.of(), defect, "", false, false, Set.of());
    }

    static UnitMonthPlan corrected(String rule) {
        return new UnitMonthPlan(false, List.of(), FileDefect.NONE, rule, false, false, Set.of());
    }

    UnitMonthPlan asLate() {
        return new UnitMonthPlan(missing, rules, defect, correctedRule, duplicated, true, extraVariants);
    }

    UnitMonthPlan asDuplicated() {
        return new UnitMonthPlan(missing, rules, defect, correctedRule, true, late, extraVariants);
    }

    UnitMonthPlan withVariant(Variant variant) {
        return new UnitMonthPlan(missing, rules, defect, correctedRule, duplicated, late, Set.of(variant));
    }

    /** Whether a validator keeps the file's values (rejected files and absent ones have none). */
    boolean isStored() {
        return !missing && defect != FileDefect.CORRUPT_BYTES && defect != FileDefect.NOT_A_FORM;
    }

    /** Whether the month's last version passes without ERROR or REJECT findings. */
    boolean isAccepted() {
        return !missing && defect == FileDefect.NONE && rules.stream().allMatch("P-STOCK"::equals);
    }

    boolean withoutPartialDisclosure() {
        return defect == FileDefect.RENAMED_LABEL_T3_R04;
    }

    int minimumApplications() {
        return rules.contains("T3-COL") || correctedRule.equals("T3-COL") ? 5 : 0;
    }
}
