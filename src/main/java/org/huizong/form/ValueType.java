package org.huizong.form;

/** What a value cell holds: a count (non-negative integer) or an amount in 万元 (up to 4 decimals). */
public enum ValueType {
    COUNT(0),
    AMOUNT(4);

    private final int maxDecimals;

    ValueType(int maxDecimals) {
        this.maxDecimals = maxDecimals;
    }

    public int maxDecimals() {
        return maxDecimals;
    }
}
