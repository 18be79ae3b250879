package org.huizong.demo;

import java.util.EnumSet;
import java.util.Set;

/** Which variants can share a file without changing what a reader sees. */
final class VariantRules {

    private VariantRules() {}

    /**
     * Drops variants that clash: a formula over a text cell would compute a wrong total, a legacy .xls
     * always stores formula results, and a file has either cached or uncached formulas.
     */
    static Set<Variant> compatible(Set<Variant> variants) {
        EnumSet<Variant> result = copy(variants);
        if (result.contains(Variant.TEXT_NUMBERS)) {
            result.remove(Variant.FORMULA_TOTALS);
            result.remove(Variant.FORMULAS_WITHOUT_CACHE);
        }
        if (result.contains(Variant.LEGACY_XLS) || result.contains(Variant.FORMULA_TOTALS)) {
            result.remove(Variant.FORMULAS_WITHOUT_CACHE);
        }
        return result;
    }

    /**
     * Variants allowed on a file with planted value mistakes: no formulas (they would repair the
     * mistake) and no text numbers (kept apart so a value mistake has a single cause).
     */
    static Set<Variant> forMistakes(Set<Variant> variants) {
        EnumSet<Variant> result = copy(variants);
        result.remove(Variant.FORMULA_TOTALS);
        result.remove(Variant.FORMULAS_WITHOUT_CACHE);
        result.remove(Variant.TEXT_NUMBERS);
        return result;
    }

    private static EnumSet<Variant> copy(Set<Variant> variants) {
        EnumSet<Variant> result = EnumSet.noneOf(Variant.class);
        result.addAll(variants);
        return result;
    }
}
