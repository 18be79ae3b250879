package org.huizong.validation;

import org.huizong.text.Messages;

/**
 * What each rule checks, in a few Chinese words ({@code rule.<id>} of {@code messages.properties}): how a finding is
 * named for people, who never need its code. An identity a new form descriptor declares under an id of its own is
 * named as a failed total ({@code rule.identity.generic}).
 */
public final class RuleDescriptions {

    private RuleDescriptions() {}

    public static String of(String ruleId) {
        String key = "rule." + ruleId;
        return Messages.text(Messages.has(key) ? key : "rule.identity.generic");
    }
}
