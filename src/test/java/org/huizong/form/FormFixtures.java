package org.huizong.form;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Values for every item of a form, different in every cell, and the 基本信息 of a known unit. */
public final class FormFixtures {

    public static final String USCC = "11990102MB00000142";
    public static final String UNIT = "东城区市场监督管理局";

    private FormFixtures() {
    }

    public static Map<String, BigDecimal> distinctValues(FormDescriptor form, long seed) {
        Random random = new Random(seed);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (ItemDescriptor item : form.items()) {
            BigDecimal value = item.type() == ValueType.AMOUNT
                    ? BigDecimal.valueOf(random.nextInt(1_000_000), 4).stripTrailingZeros()
                    : BigDecimal.valueOf(random.nextInt(5000));
            values.put(item.code(), value.scale() < 0 ? value.setScale(0) : value);
        }
        return values;
    }

    public static Map<String, String> info(String period) {
        return Map.of(InfoField.UNIT_NAME, UNIT, InfoField.USCC, USCC, InfoField.COUNTY, "东城区",
                InfoField.PERIOD, period, InfoField.TEMPLATE, "GIA-M/1");
    }
}
