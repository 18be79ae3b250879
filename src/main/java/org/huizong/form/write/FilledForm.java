package org.huizong.form.write;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What goes into a form: 基本信息 fields by key, item values by item code (absent = left blank) and, for some items,
 * the exact text to write instead of the number ({@code １２}, {@code 12件}, {@code 约20}).
 */
public record FilledForm(Map<String, String> info, Map<String, BigDecimal> values, Map<String, String> rawTexts) {

    public FilledForm {
        info = Map.copyOf(info);
        values = Map.copyOf(values);
        rawTexts = Map.copyOf(rawTexts);
    }

    public static FilledForm blank(Map<String, String> info) {
        return new FilledForm(info, Map.of(), Map.of());
    }
}
