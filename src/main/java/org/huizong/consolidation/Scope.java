package org.huizong.consolidation;

/** What a consolidated figure is about (consolidated.csv). */
public enum Scope {
    UNIT,
    COUNTY,
    CATEGORY,
    CITY
}
