package org.huizong.demo;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A mutable set of values for every GIA-M item, all zero at first. */
final class CellValues {

    private final Map<String, BigDecimal> values = new LinkedHashMap<>();

    CellValues() {
        GiaMItems.all().forEach(item -> values.put(item, BigDecimal.ZERO));
    }

    static CellValues copyOf(Map<String, BigDecimal> source) {
        CellValues copy = new CellValues();
        source.forEach(copy::set);
        return copy;
    }

    int get(String item) {
        return decimal(item).intValueExact();
    }

    BigDecimal decimal(String item) {
        BigDecimal value = values.get(item);
        if (value == null) {
            throw new IllegalArgumentException("not a GIA-M item: " + item);
        }
        return value;
    }

    void set(String item, int value) {
        set(item, BigDecimal.valueOf(value));
    }

    void set(String item, BigDecimal value) {
        if (!values.containsKey(item)) {
            throw new IllegalArgumentException("not a GIA-M item: " + item);
        }
        values.put(item, value);
    }

    void add(String item, int delta) {
        set(item, get(item) + delta);
    }

    Map<String, BigDecimal> snapshot() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
