package org.huizong.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.huizong.consolidation.CountedUnits;
import org.huizong.consolidation.Scope;
import org.huizong.consolidation.ScopeValues;
import org.huizong.consolidation.UnitStatuses;
import org.huizong.form.write.RowSource;
import org.huizong.output.CsvTable;
import org.huizong.period.RunContext;
import org.huizong.submission.FindingLists;
import org.huizong.text.Messages;
import org.huizong.validation.Finding;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes consolidated.csv, coverage.csv, findings.csv and completeness.csv of a period (contracts.md). */
public final class PeriodCsvExporter {

    static final List<String> CONSOLIDATED = List.of("period", "scope", "scope_code", "scope_name", "item", "value");
    static final List<String> FINDINGS = List.of(
            "period",
            "file",
            "unit_uscc",
            "unit_name",
            "rule",
            "severity",
            "sheet",
            "cell",
            "row_label",
            "col_label",
            "left",
            "right",
            "message");
    static final List<String> COVERAGE =
            List.of("period", "scope", "scope_code", "scope_name", "units_due", "units_counted");
    static final List<String> COMPLETENESS =
            List.of("period", "unit_uscc", "unit_name", "county_name", "status", "received_at", "days_late");

    private static final DateTimeFormatter RECEIVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final UnitStatuses statuses;
    private final FindingLists findingLists;
    private final CountedUnits countedUnits;
    private final ScopeValues scopeValues;

    public PeriodCsvExporter(JdbcClient jdbc) {
        this.statuses = new UnitStatuses(jdbc);
        this.findingLists = new FindingLists(jdbc);
        this.countedUnits = new CountedUnits(jdbc);
        this.scopeValues = new ScopeValues(jdbc);
    }

    /** The files made from the figures and the units' statuses only, not from the findings' texts. */
    public static final List<String> FIGURES_FILES = List.of("consolidated.csv", "coverage.csv", "completeness.csv");

    public void export(RunContext run) throws IOException {
        exportFigures(run);
        exportFindings(run);
    }

    /** consolidated.csv, coverage.csv and completeness.csv. */
    public void exportFigures(RunContext run) throws IOException {
        Path folder = run.periodOutput();
        CsvTable.write(
                folder.resolve("consolidated.csv"),
                CONSOLIDATED,
                consolidated(run.period().code()));
        CsvTable.write(folder.resolve("coverage.csv"), COVERAGE, coverage(run));
        CsvTable.write(folder.resolve("completeness.csv"), COMPLETENESS, completeness(run));
    }

    /** findings.csv. */
    public void exportFindings(RunContext run) throws IOException {
        CsvTable.write(
                run.periodOutput().resolve("findings.csv"),
                FINDINGS,
                findings(run.period().code()));
    }

    /** Every item of every scope (units, counties, categories, the city), streamed from the database. */
    private RowSource consolidated(String period) {
        return sink -> {
            for (Scope scope : Scope.values()) {
                scopeValues.forEach(
                        period,
                        scope,
                        (code, name, figures) -> figures.forEach(
                                f -> sink.accept(List.of(period, scope.name(), code, name, f.item(), f.value()))));
            }
        };
    }

    /**
     * How many units each county, category and the city had due and how many it counts: a scope that counts none has
     * no figures, whatever zeros consolidated.csv lists for it.
     */
    private List<List<Object>> coverage(RunContext run) {
        String period = run.period().code();
        List<List<Object>> rows = new ArrayList<>();
        for (Scope scope : List.of(Scope.COUNTY, Scope.CATEGORY)) {
            for (CountedUnits.Coverage group : countedUnits.coverage(period, scope)) {
                rows.add(List.of(period, scope.name(), group.code(), group.name(), group.active(), group.counted()));
            }
        }
        long due = rows.stream()
                .filter(r -> r.get(1).equals("COUNTY"))
                .mapToLong(r -> (Long) r.get(4))
                .sum();
        long counted = rows.stream()
                .filter(r -> r.get(1).equals("COUNTY"))
                .mapToLong(r -> (Long) r.get(5))
                .sum();
        rows.add(List.of(period, "CITY", run.city().code(), run.city().name(), due, counted));
        return rows;
    }

    /**
     * The findings of every file received for the period — each version of a unit (a superseded first version counts
     * in the ranking's data quality), rejected files and duplicates — then those of units that sent nothing.
     * {@code file} is relative to the input folder ({@code 2026-10/…}). Streamed: a large month has tens of thousands.
     */
    private RowSource findings(String period) {
        String mark = Messages.text("report.csv.justificationMark");
        return sink -> findingLists.byFile(period, x -> {
            Finding finding = x.finding();
            List<Object> row = new ArrayList<>(Arrays.asList(
                    x.period(),
                    x.file(),
                    x.uscc(),
                    x.unitName(),
                    finding.rule(),
                    finding.severity().name(),
                    finding.sheet(),
                    finding.cell(),
                    finding.rowLabel(),
                    finding.columnLabel(),
                    finding.left(),
                    finding.right(),
                    finding.justification() == null
                            ? finding.message()
                            : finding.message() + mark + finding.justification()));
            sink.accept(row);
        });
    }

    private List<List<Object>> completeness(RunContext run) {
        return statuses.of(run).stream()
                .map(u -> List.<Object>of(
                        run.period().code(),
                        u.uscc(),
                        u.name(),
                        u.countyName(),
                        u.status().name(),
                        u.receivedAt() == null ? "" : RECEIVED_AT.format(u.receivedAt()),
                        u.daysLate() == null ? "" : u.daysLate()))
                .toList();
    }
}
