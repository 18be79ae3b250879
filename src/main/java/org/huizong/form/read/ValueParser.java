package org.huizong.form.read;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import org.huizong.form.ValueType;

/**
 * The reading tolerance of forms.md for value cells: text numbers, full-width digits, thousands separators, unit
 * suffixes and the words for zero are understood (and reported as normalised); anything else is never turned into 0.
 */
public final class ValueParser {

    private static final Set<String> ZERO_WORDS = Set.of("无", "-", "—", "–", "―", "--", "——", "/", "\\", "0");
    private static final Pattern COUNT_SUFFIX = Pattern.compile("(人次|件|条|次|个|项|人)$");
    private static final Pattern AMOUNT_SUFFIX = Pattern.compile("(万元)$");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    /** No statistic of a unit reaches a thousand billion; beyond that a cell holds something else. */
    private static final BigDecimal LARGEST = new BigDecimal("1E12");
    /** Excel shows 15 significant digits; a formula's binary noise beyond them (0.1*3) is not the value. */
    private static final java.math.MathContext EXCEL_DIGITS = new java.math.MathContext(15);

    public ParsedValue parse(GridCell cell, ValueType type) {
        if (cell == null) {
            return new ParsedValue(BigDecimal.ZERO, ValueOutcome.BLANK, "");
        }
        return switch (cell.kind()) {
            case BLANK -> new ParsedValue(BigDecimal.ZERO, ValueOutcome.BLANK, "");
            case NUMBER ->
                checked(
                        BigDecimal.valueOf(cell.number()).round(EXCEL_DIGITS),
                        type,
                        numberOutcome(cell),
                        cell.isFormula() ? "=" + cell.formula() : cell.display());
            case TEXT -> parseText(cell.text(), type);
            case UNEVALUATED -> new ParsedValue(null, ValueOutcome.FORMULA_FAILED, "=" + cell.formula());
            default -> new ParsedValue(null, ValueOutcome.NOT_A_NUMBER, cell.display());
        };
    }

    private static ValueOutcome numberOutcome(GridCell cell) {
        if (!cell.isFormula()) {
            return ValueOutcome.PLAIN;
        }
        return cell.computed() ? ValueOutcome.COMPUTED : ValueOutcome.NORMALISED;
    }

    private ParsedValue parseText(String written, ValueType type) {
        String text = SPACES.matcher(Normalizer.normalize(written, Normalizer.Form.NFKC))
                .replaceAll("");
        if (text.isEmpty()) {
            return new ParsedValue(BigDecimal.ZERO, ValueOutcome.BLANK, written);
        }
        if (ZERO_WORDS.contains(text)) {
            return new ParsedValue(BigDecimal.ZERO, ValueOutcome.NORMALISED, written);
        }
        text = (type == ValueType.AMOUNT ? AMOUNT_SUFFIX : COUNT_SUFFIX)
                .matcher(text)
                .replaceFirst("");
        if (THOUSANDS.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!NUMBER.matcher(text).matches()) {
            return new ParsedValue(null, ValueOutcome.NOT_A_NUMBER, written);
        }
        return checked(new BigDecimal(text), type, ValueOutcome.NORMALISED, written);
    }

    private static ParsedValue checked(BigDecimal number, ValueType type, ValueOutcome accepted, String written) {
        BigDecimal value = number.stripTrailingZeros();
        if (value.abs().compareTo(LARGEST) >= 0) {
            return new ParsedValue(null, ValueOutcome.TOO_LARGE, written);
        }
        if (value.signum() < 0) {
            return new ParsedValue(null, ValueOutcome.NEGATIVE, written);
        }
        if (value.scale() > type.maxDecimals()) {
            return new ParsedValue(
                    null, type == ValueType.COUNT ? ValueOutcome.FRACTION : ValueOutcome.TOO_MANY_DECIMALS, written);
        }
        return new ParsedValue(value.scale() < 0 ? value.setScale(0) : value, accepted, written);
    }
}
