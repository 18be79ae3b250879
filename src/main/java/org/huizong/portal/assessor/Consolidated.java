package org.huizong.portal.assessor;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huizong.consolidation.CountedValues;
import org.huizong.form.FormDescriptor;
import org.huizong.form.PlainNumber;
import org.huizong.submission.SubmittedFiles;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consolidated figures of a period for the drill-down: an item of the city, its counties, and the units of a county
 * with the workbook, sheet and cell each unit's value was read from.
 */
public final class Consolidated {

    /** A scope's value of the item. */
    public record ScopeValue(String code, String name, String value) {}

    /** A unit's counted value and its source. */
    public record UnitValue(
            String uscc,
            String name,
            String countyCode,
            String value,
            String sheet,
            String cell,
            Integer version,
            String status) {

        public String statusLabel() {
            return org.huizong.portal.Labels.status(status);
        }

        public String tone() {
            return org.huizong.portal.Labels.tone(status);
        }
    }

    /** An item code with its labels. */
    public record Item(String code, String label) {}

    private final JdbcClient jdbc;
    private final CountedValues counted;
    private final SubmittedFiles files;

    public Consolidated(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.counted = new CountedValues(jdbc);
        this.files = new SubmittedFiles(jdbc);
    }

    public List<Item> items(FormDescriptor form) {
        return form.itemCodes().stream()
                .map(code -> new Item(
                        code,
                        form.item(code)
                                .map(d -> java.util.stream.Stream.of(
                                                d.sheet().name(),
                                                d.row().displayLabel(),
                                                d.column().displayLabel())
                                        .filter(part -> !part.isBlank())
                                        .collect(java.util.stream.Collectors.joining(" · ")))
                                .orElse(code)))
                .toList();
    }

    public Optional<ScopeValue> city(String period, String item) {
        return scopes(period, "CITY", item).stream().findFirst();
    }

    public List<ScopeValue> scopes(String period, String scope, String item) {
        return jdbc.sql("""
                SELECT scope_code, scope_name, figure FROM consolidated_value WHERE period = :period AND scope = :scope AND item = :item
                ORDER BY scope_code
                """)
                .param("period", period)
                .param("scope", scope)
                .param("item", item)
                .query((rs, n) ->
                        new ScopeValue(rs.getString(1), rs.getString(2), PlainNumber.format(rs.getBigDecimal(3))))
                .list();
    }

    /** Every active unit of the county with the value it counts with (blank when it does not count) and the source cell. */
    public List<UnitValue> units(String period, String countyCode, String item) {
        record Row(
                String uscc,
                String name,
                String countyCode,
                boolean counts,
                Long fileId,
                String sheet,
                String cell,
                Integer version,
                String status) {}
        Map<String, SubmittedFiles.ItemSource> sources = files.currentSources(period, item);
        Map<String, Boolean> formsWithItem = new HashMap<>();
        List<Row> rows = jdbc.sql("""
                SELECT u.uscc, u.name, u.county_code, cu.form_code, cu.file_id
                FROM period_unit u
                LEFT JOIN counted_unit cu ON cu.period = u.period AND cu.uscc = u.uscc
                WHERE u.period = :period AND u.county_code = :county
                ORDER BY u.level, u.name
                """)
                .param("period", period)
                .param("county", countyCode)
                .query((rs, n) -> {
                    SubmittedFiles.ItemSource source = sources.get(rs.getString(1));
                    String form = rs.getString(4);
                    boolean counts = form != null
                            && formsWithItem.computeIfAbsent(
                                    form, code -> counted.formItems(code).containsKey(item));
                    return new Row(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            counts,
                            rs.getObject(5) == null ? null : rs.getLong(5),
                            source == null ? null : source.sheet(),
                            source == null ? null : source.cell(),
                            source == null ? null : source.version(),
                            source == null ? null : source.status().name());
                })
                .list();
        Map<String, Long> counting = new HashMap<>();
        rows.stream().filter(Row::counts).forEach(row -> counting.put(row.uscc(), row.fileId()));
        Map<String, BigDecimal> figures = counted.itemOfUnits(period, item, counting);
        return rows.stream()
                .map(row -> new UnitValue(
                        row.uscc(),
                        row.name(),
                        row.countyCode(),
                        row.counts() ? PlainNumber.format(figures.getOrDefault(row.uscc(), BigDecimal.ZERO)) : "",
                        row.sheet(),
                        row.cell(),
                        row.version(),
                        row.status() == null ? SubmissionStatus.MISSING.name() : row.status()))
                .toList();
    }

    /** Whether the code is a county's (else a unit's). */
    public boolean isCounty(String period, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM period_unit WHERE period = :period AND county_code = :code")
                        .param("period", period)
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
