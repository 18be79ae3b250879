package org.huizong.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huizong.form.FormDescriptor;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What the reports compute, read from {@code reports/indicators.yml}: the key indicators of the comparison report and
 * the columns of the summary's table by unit category. Every item named must exist in one of the forms, checked when
 * the definitions are read.
 */
public record ReportDefinitions(
        List<Indicator> indicators, String categoryCaption, List<CategoryColumn> categoryColumns) {

    static final String RESOURCE = "/reports/indicators.yml";

    public ReportDefinitions {
        indicators = List.copyOf(indicators);
        categoryColumns = List.copyOf(categoryColumns);
    }

    public static ReportDefinitions bundled(List<FormDescriptor> forms) {
        try (InputStream in = ReportDefinitions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            ReportDefinitions definitions = new ReportDefinitions(
                    indicators(list(root.get("indicators"))),
                    String.valueOf(map(root.get("category-table")).get("caption")),
                    list(map(root.get("category-table")).get("columns")).stream()
                            .map(c -> new CategoryColumn(String.valueOf(c.get("item")), String.valueOf(c.get("label"))))
                            .toList());
            definitions.checkItems(forms);
            return definitions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The indicators the period's form can compute. */
    public List<Indicator> applicableTo(FormDescriptor form) {
        return indicators.stream().filter(i -> i.appliesTo(form)).toList();
    }

    /** The category table's columns, when the period's form has all of them. */
    public List<CategoryColumn> categoryColumnsOf(FormDescriptor form) {
        return categoryColumns.stream().allMatch(c -> form.item(c.item()).isPresent()) ? categoryColumns : List.of();
    }

    private void checkItems(List<FormDescriptor> forms) {
        Set<String> known = forms.stream().flatMap(f -> f.itemCodes().stream()).collect(Collectors.toSet());
        List<String> unknown = new ArrayList<>();
        indicators.forEach(i -> i.items().stream()
                .filter(item -> !known.contains(item))
                .forEach(item -> unknown.add(i.code() + ": " + item)));
        categoryColumns.stream()
                .filter(c -> !known.contains(c.item()))
                .forEach(c -> unknown.add("category-table: " + c.item()));
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " names items that no form has: " + unknown);
        }
    }

    private static List<Indicator> indicators(List<Map<String, Object>> entries) {
        return entries.stream()
                .map(e -> new Indicator(
                        String.valueOf(e.get("code")),
                        String.valueOf(e.get("group")),
                        String.valueOf(e.get("name")),
                        strings(e.containsKey("count") ? e.get("count") : e.get("numerator")),
                        strings(e.get("denominator")),
                        e.get("note") == null ? null : String.valueOf(e.get("note")),
                        Boolean.TRUE.equals(e.get("chart"))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object node) {
        return node == null ? List.of() : (List<Map<String, Object>>) node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    private static List<String> strings(Object node) {
        return node == null
                ? List.of()
                : ((List<?>) node).stream().map(String::valueOf).toList();
    }
}
