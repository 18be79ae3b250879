package org.huizong.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a cell's text the way the reading tolerance of forms.md allows; anything else is a V-rule. */
final class RawTextReader {

    /** The value read, or the rule that rejects the text (then value is null). */
    record Reading(BigDecimal value, String rule) {

        boolean isValid() {
            return rule.isEmpty();
        }
    }

    private static final List<String> ZERO_TEXTS = List.of("", "0", "无", "-", "—", "/", "／");
    private static final List<String> SUFFIXES = List.of("件", "条", "人次", "个", "项");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private RawTextReader() {}

    static Reading read(String item, String text) {
        String trimmed = text.strip();
        if (ZERO_TEXTS.contains(trimmed)) {
            return new Reading(BigDecimal.ZERO, "");
        }
        String ascii = halfWidthDigits(trimmed);
        for (String suffix : SUFFIXES) {
            if (ascii.endsWith(suffix)) {
                ascii = ascii.substring(0, ascii.length() - suffix.length()).strip();
                break;
            }
        }
        if (THOUSANDS.matcher(ascii).matches()) {
            ascii = ascii.replace(",", "");
        }
        if (!NUMBER.matcher(ascii).matches()) {
            return new Reading(null, "V01");
        }
        BigDecimal value = new BigDecimal(ascii);
        if (value.signum() < 0) {
            return new Reading(null, "V02");
        }
        BigDecimal plain = value.stripTrailingZeros();
        int decimals = Math.max(0, plain.scale());
        if (GiaMItems.isCount(item) ? decimals > 0 : decimals > 4) {
            return new Reading(null, "V03");
        }
        return new Reading(value, "");
    }

    private static String halfWidthDigits(String text) {
        StringBuilder ascii = new StringBuilder();
        for (char c : text.toCharArray()) {
            ascii.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return ascii.toString();
    }
}
