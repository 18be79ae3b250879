package org.huizong.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huizong.consolidation.CountedUnits;
import org.huizong.consolidation.ScopeValues;
import org.huizong.form.ItemDescriptor;
import org.huizong.form.write.ReportSheet;
import org.huizong.form.write.RowSource;
import org.huizong.form.write.ScopeSheets;
import org.huizong.form.write.SummaryWorkbookWriter;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes {@code 汇总表.xlsx}: a cover saying what the totals cover (with every unit left out by name and status), the
 * city and each county in the official layout, 表一 by unit category and channel, and the per-unit detail.
 */
public final class SummaryExporter {

    public static final String FILE = Messages.text("report.summary.file.workbook");

    private final JdbcClient jdbc;
    private final SummaryContents contents;
    private final ScopeValues scopeValues;
    private final CountedUnits countedUnits;
    private final SummaryWorkbookWriter writer = new SummaryWorkbookWriter();

    public SummaryExporter(JdbcClient jdbc, ReportDefinitions definitions) {
        this.jdbc = jdbc;
        this.contents = new SummaryContents(jdbc, definitions);
        this.scopeValues = new ScopeValues(jdbc);
        this.countedUnits = new CountedUnits(jdbc);
    }

    public void export(RunContext run) throws IOException {
        SummaryContent content = contents.of(run);
        List<ScopeSheets> scopes = new ArrayList<>();
        PeriodFigures figures = content.figures();
        if (figures.consolidated()) {
            scopes.add(new ScopeSheets(
                    Messages.text("report.scope.city"),
                    content.scopeHeading(figures.city(), true),
                    figures.city().values()));
            figures.counties()
                    .forEach(c -> scopes.add(new ScopeSheets(c.name(), content.scopeHeading(c, false), c.values())));
        }
        List<ReportSheet> extra = content.categories().stream()
                .map(table -> new ReportSheet(
                        Messages.text("report.summary.sheet.categories"), content.title(), List.of(), List.of(table)))
                .toList();
        writer.write(
                run.form(),
                content.cover(),
                scopes,
                extra,
                detailHeader(run),
                unitDetail(run, run.period().code()),
                run.periodOutput().resolve(FILE));
    }

    /** The detail's header: who, then each item as the form names it (the codes stay in consolidated.csv). */
    private static List<String> detailHeader(RunContext run) {
        List<String> header = new ArrayList<>(List.of(
                Messages.text("report.header.unitName"),
                Messages.text("report.header.uscc"),
                Messages.text("report.summary.detail.county"),
                Messages.text("report.summary.detail.category")));
        for (ItemDescriptor item : run.form().items()) {
            header.add(item.label());
        }
        return header;
    }

    /**
     * One row per counted unit, by county and name. Each unit's figures are read as its row is written, so ten
     * thousand units never sit in memory and the database never sorts a million rows.
     */
    private RowSource unitDetail(RunContext run, String period) {
        List<ItemDescriptor> items = run.form().items();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            column.put(items.get(i).code(), 4 + i);
        }
        return sink -> {
            List<List<String>> units = countedUnits.inDirectoryOrder(period).stream()
                    .map(u -> List.of(u.name(), u.uscc(), u.countyName(), u.category()))
                    .toList();
            for (List<String> unit : units) {
                List<Object> row = new ArrayList<>(unit);
                items.forEach(i -> row.add(BigDecimal.ZERO));
                for (ScopeValues.Figure figure : scopeValues.ofUnit(period, unit.get(1))) {
                    Integer at = column.get(figure.item());
                    if (at != null) {
                        row.set(at, figure.value());
                    }
                }
                sink.accept(row);
            }
        };
    }
}
