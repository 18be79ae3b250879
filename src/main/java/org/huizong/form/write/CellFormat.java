package org.huizong.form.write;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;
import org.huizong.form.PlainNumber;
import org.huizong.text.Messages;

/**
 * How a figure of a report is shown, once for both renderings: the text a PDF prints and the number format a
 * workbook cell carries, so that the two say the same thing.
 */
public enum CellFormat {
    /** Plain text. */
    TEXT("@", null),
    /** A count: {@code 1,234}. */
    INTEGER("#,##0", "#,##0"),
    /** An amount with up to four decimals: {@code 12.3456}. */
    DECIMAL("#,##0.####", "#,##0.####"),
    /** A score as a ranking shows it: {@code 87.35}. */
    SCORE("0.00", "0.00"),
    /** Points or a raw value as a ranking keeps them, four places: {@code 12.3529}. */
    KEPT("0.0000", "0.0000"),
    /** A ratio: {@code 85.2%}. */
    PERCENT("0.0%", "0.0%"),
    /** A relative change: {@code +5.3%}, {@code -2.0%}. */
    SIGNED_PERCENT("+0.0%;-0.0%;0.0%", "+0.0%;-0.0%"),
    /** A difference of two ratios in percentage points: {@code +2.1个百分点}. */
    POINTS(withPoints("+0.0\"%1$s\";-0.0\"%1$s\";0.0\"%1$s\""), withPoints("+0.0%1$s;-0.0%1$s"));

    /** A change that rounds to nothing: shown without its sign. */
    private static final Pattern UNSIGNED_ZERO = Pattern.compile("0(\\.0+)?(%|" + Pattern.quote(pointsWord()) + ")?");

    private final String excelPattern;
    private final String textPattern;

    CellFormat(String excelPattern, String textPattern) {
        this.excelPattern = excelPattern;
        this.textPattern = textPattern;
    }

    public String excelPattern() {
        return excelPattern;
    }

    /** The number as the workbook shows it with {@link #excelPattern()}. */
    public String text(double number) {
        if (textPattern == null) {
            return PlainNumber.format(BigDecimal.valueOf(number));
        }
        DecimalFormat format = new DecimalFormat(textPattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(BigDecimal.valueOf(number));
        return text.startsWith("-") || text.startsWith("+") ? zeroWithoutSign(text) : text;
    }

    /** {@code +0.0%} and {@code -0.0%} read as no change: they are shown without a sign, as the workbook does. */
    private static String zeroWithoutSign(String text) {
        return UNSIGNED_ZERO.matcher(text.substring(1)).matches() ? text.substring(1) : text;
    }

    /** The unit of a difference of two ratios, from the bundle. */
    private static String pointsWord() {
        return Messages.text("write.format.points");
    }

    private static String withPoints(String pattern) {
        return pattern.formatted(pointsWord());
    }
}
