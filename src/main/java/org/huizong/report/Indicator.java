package org.huizong.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ItemDescriptor;
import org.huizong.text.Messages;

/**
 * A key indicator of the comparison report ({@code reports/indicators.yml}): a count (the sum of its numerator
 * items) or a ratio (the sum of its numerator items over the sum of its denominator items). A ratio is computed
 * from the summed items of each scope, never averaged over units or counties.
 */
public record Indicator(
        String code,
        String group,
        String name,
        List<String> numerator,
        List<String> denominator,
        String note,
        boolean chart) {

    public Indicator {
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
    }

    public boolean isRatio() {
        return !denominator.isEmpty();
    }

    public List<String> items() {
        List<String> items = new ArrayList<>(numerator);
        items.addAll(denominator);
        return items;
    }

    /** Whether the form has every item the indicator needs. */
    public boolean appliesTo(FormDescriptor form) {
        return items().stream().allMatch(item -> form.item(item).isPresent());
    }

    /** Whether every item of the indicator is reported year to date (表四, 本年累计) in the form. */
    public boolean isYearToDate(FormDescriptor form) {
        return items().stream()
                .allMatch(
                        item -> form.item(item).map(i -> i.sheet().yearToDate()).orElse(false));
    }

    public IndicatorValue of(Map<String, BigDecimal> values) {
        return new IndicatorValue(sum(numerator, values), isRatio() ? sum(denominator, values) : null);
    }

    /** The formula in item codes: {@code T3.R24.C7 ÷ (T3.R01.C7 + T3.R02.C7)}. */
    public String formula() {
        return isRatio() ? sumText(numerator) + " ÷ " + sumText(denominator) : String.join(" + ", numerator);
    }

    /** The formula with the form's labels: {@code 表三“（七）总计·总计” ÷ (…)}. */
    public String labelledFormula(FormDescriptor form) {
        String top = labels(numerator, form);
        return isRatio() ? top + " ÷ " + wrapped(denominator, labels(denominator, form)) : top;
    }

    private static String sumText(List<String> items) {
        return wrapped(items, String.join(" + ", items));
    }

    private static String wrapped(List<String> items, String text) {
        return items.size() > 1 ? Messages.text("report.indicator.sum", text) : text;
    }

    private static String labels(List<String> items, FormDescriptor form) {
        return items.stream()
                .map(code -> form.item(code).map(ItemDescriptor::label).orElse(code))
                .collect(Collectors.joining(" + "));
    }

    private static BigDecimal sum(List<String> items, Map<String, BigDecimal> values) {
        return items.stream()
                .map(item -> values.getOrDefault(item, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
