package org.huizong.form;

/** A closing stock that becomes the next period's opening stock: {@code opening} (this period) = {@code closing} (previous). */
public record CarryOver(String rule, String openingItem, String closingItem) {}
