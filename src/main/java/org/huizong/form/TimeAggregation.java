package org.huizong.form;

/** How an item's monthly values roll up to a quarter or a year (forms.md, "Time aggregation"). */
public enum TimeAggregation {
    /** A flow: the months add up. */
    SUM,
    /** An opening stock: the value of the first month. */
    FIRST,
    /** A closing stock or a year-to-date figure: the value of the last month. */
    LAST
}
