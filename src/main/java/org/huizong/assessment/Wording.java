package org.huizong.assessment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ItemDescriptor;

/**
 * Puts the names people read in place of what formulas are written in: an item code becomes the form's label
 * ({@code T3.R24.C7} → {@code 表三“（七）总计·总计”}), a fact its Chinese name ({@code days_late} → 迟报天数). The
 * ranking's documents speak these words; ranking.csv and the model file keep the codes.
 */
final class Wording {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z0-9]+)*");

    private final Map<String, String> words = new HashMap<>();

    Wording(FormDescriptor form) {
        for (ItemDescriptor item : form.items()) {
            words.put(item.code(), item.label());
        }
        Arrays.stream(Fact.values()).forEach(f -> words.put(f.variable(), f.label()));
    }

    /** The text with every variable named in words; anything else is left as it is. */
    String of(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher matcher = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(words.getOrDefault(matcher.group(), matcher.group())));
        }
        return matcher.appendTail(out).toString();
    }

    /** The name of one variable. */
    String name(String variable) {
        return words.getOrDefault(variable, variable);
    }
}
