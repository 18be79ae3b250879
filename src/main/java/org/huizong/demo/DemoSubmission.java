package org.huizong.demo;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One file a unit drops into {@code input/<period>/}.
 *
 * @param values       every GIA-M item code to its value (what the unit means); a cell with an invalid text
 *                     (V01–V03) holds the number the clerk had in mind. Such cells are only 表二 G3–G5
 *                     counts, which no identity involves, so any reading of them leaves other rules alone.
 * @param rawTexts     item to the exact text to write in that cell instead of the number: tolerated
 *                     spellings of values.get(item) ("１２", "1,234", "12件", "无", "—", "/") on
 *                     TEXT_NUMBERS files, or the invalid texts of planted V01–V03 mistakes
 * @param relativePath path relative to {@code input/}
 * @param receivedAt   the last-modified time to give the file
 * @param version      1, or 2 for a corrected resubmission
 * @param mistakes     exactly the ERROR, REJECT and WARNING findings a correct validator reports
 */
public record DemoSubmission(
        DemoUnit unit,
        YearMonth period,
        Map<String, BigDecimal> values,
        Map<String, String> rawTexts,
        Set<Variant> variants,
        FileDefect defect,
        String relativePath,
        LocalDateTime receivedAt,
        int version,
        List<PlantedMistake> mistakes) {

    public DemoSubmission {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        rawTexts = Collections.unmodifiableMap(new LinkedHashMap<>(rawTexts));
        EnumSet<Variant> copy = EnumSet.noneOf(Variant.class);
        copy.addAll(variants);
        variants = Collections.unmodifiableSet(copy);
        Objects.requireNonNull(defect, "defect");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(receivedAt, "receivedAt");
        mistakes = List.copyOf(mistakes);
    }

    /** The USCC to write into the workbook: the unit's own, or one with a wrong check character. */
    public String writtenUscc() {
        return defect == FileDefect.BAD_USCC_CHECK ? DemoUsccCodes.withWrongCheckCharacter(unit.uscc()) : unit.uscc();
    }

    /** The 统计期 to write into the workbook: the period, or the previous month for WRONG_PERIOD. */
    public YearMonth writtenPeriod() {
        return defect == FileDefect.WRONG_PERIOD ? period.minusMonths(1) : period;
    }
}
