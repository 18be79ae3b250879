package org.huizong.form.read;

import java.util.Map;
import java.util.Set;

/**
 * A streaming reader leaves the file to the workbook library (the reference path), saying why. For an .xls it also
 * says which formulas' saved results the file does not vouch for — by sheet index, their {@link CellGrid#key}
 * positions — since only its records tell (the placeholder results of xlwt, the recalculation flags).
 */
final class FastPathDeclined extends Exception {

    private final transient Map<Integer, Set<Long>> staleFormulas;

    FastPathDeclined(String reason) {
        this(reason, Map.of(), null);
    }

    FastPathDeclined(String reason, Map<Integer, Set<Long>> staleFormulas, Throwable cause) {
        super(reason, cause, false, false);
        this.staleFormulas = Map.copyOf(staleFormulas);
    }

    /** The positions of the formulas to work out on the sheet at {@code index}. */
    Set<Long> staleFormulas(int index) {
        return staleFormulas.getOrDefault(index, Set.of());
    }
}
