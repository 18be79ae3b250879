package org.huizong.form.write;

import java.math.BigDecimal;
import java.util.Map;

/** One consolidated scope for the summary workbook: its sheet-name prefix, its heading line and its values. */
public record ScopeSheets(String name, String heading, Map<String, BigDecimal> values) {

    public ScopeSheets {
        values = Map.copyOf(values);
    }
}
