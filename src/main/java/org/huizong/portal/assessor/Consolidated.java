package org.huizong.portal.assessor;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huizong.consolidation.CountedUnits;
import org.huizong.consolidation.CountedValues;
import org.huizong.consolidation.Scope;
import org.huizong.consolidation.ScopeValues;
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
    private final CountedUnits countedUnits;
    private final ScopeValues scopeValues;
    private final SubmittedFiles files;

    public Consolidated(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.counted = new CountedValues(jdbc);
        this.countedUnits = new CountedUnits(jdbc);
        this.scopeValues = new ScopeValues(jdbc);
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
        return scopes(period, Scope.CITY, item).stream().findFirst();
    }

    public List<ScopeValue> scopes(String period, Scope scope, String item) {
        return scopeValues.itemOf(period, scope, item).stream()
                .map(figure -> new ScopeValue(figure.code(), figure.name(), PlainNumber.format(figure.figure())))
                .toList();
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
        Map<String, CountedUnits.Counted> countedUnits = this.countedUnits.all(period);
        List<Row> rows = jdbc.sql("""
                SELECT u.uscc, u.name, u.county_code FROM period_unit u
                WHERE u.period = :period AND u.county_code = :county
                ORDER BY u.level, u.name
                """)
                .param("period", period)
                .param("county", countyCode)
                .query((rs, n) -> {
                    SubmittedFiles.ItemSource source = sources.get(rs.getString(1));
                    CountedUnits.Counted unit = countedUnits.get(rs.getString(1));
                    String form = unit == null ? null : unit.formCode();
                    boolean counts = form != null
                            && formsWithItem.computeIfAbsent(
                                    form, code -> counted.formItems(code).containsKey(item));
                    return new Row(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            counts,
                            unit == null ? null : unit.fileId(),
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
