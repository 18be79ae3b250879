package org.huizong.validation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What each rule checks, in a few Chinese words ({@code rule.<id>} of {@code messages.properties}): how a finding is
 * named for people, who never need its code. An identity a new form descriptor declares under an id of its own is
 * named as a failed total.
 */
public final class RuleDescriptions {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.SIMPLIFIED_CHINESE);

    private RuleDescriptions() {
    }

    public static String of(String ruleId) {
        try {
            return BUNDLE.getString("rule." + ruleId);
        } catch (MissingResourceException e) {
            return "合计关系不成立";
        }
    }
}
