package org.huizong.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.huizong.form.ItemDescriptor;
import org.huizong.form.write.ReportSheet;
import org.huizong.form.write.ScopeSheets;
import org.huizong.form.write.SummaryWorkbookWriter;
import org.huizong.system.RunContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes {@code 汇总表.xlsx}: a cover saying what the totals cover (with every unit left out by name and status), the
 * city and each county in the official layout, 表一 by unit category and channel, and the per-unit detail.
 */
public final class SummaryExporter {

    public static final String FILE = "汇总表.xlsx";

    private final JdbcClient jdbc;
    private final SummaryContents contents;
    private final SummaryWorkbookWriter writer = new SummaryWorkbookWriter();

    public SummaryExporter(JdbcClient jdbc, ReportDefinitions definitions) {
        this.jdbc = jdbc;
        this.contents = new SummaryContents(jdbc, definitions);
    }

    public void export(RunContext run) throws IOException {
        SummaryContent content = contents.of(run);
        List<ScopeSheets> scopes = new ArrayList<>();
        PeriodFigures figures = content.figures();
        if (figures.consolidated()) {
            scopes.add(new ScopeSheets("全市", content.scopeHeading(figures.city(), true), figures.city().values()));
            figures.counties().forEach(c -> scopes.add(new ScopeSheets(c.name(), content.scopeHeading(c, false), c.values())));
        }
        List<ReportSheet> extra = content.categories().stream()
                .map(table -> new ReportSheet("按单位类别", content.title(), List.of(), List.of(table))).toList();
        writer.write(run.form(), content.cover(), scopes, extra, detailHeader(run), unitDetail(run, run.period().code()),
                run.periodOutput().resolve(FILE));
    }

    private static List<String> detailHeader(RunContext run) {
        List<String> header = new ArrayList<>(List.of("单位名称", "统一社会信用代码", "所属区县", "类别"));
        for (ItemDescriptor item : run.form().items()) {
            header.add(item.code());
        }
        return header;
    }

    private List<List<Object>> unitDetail(RunContext run, String period) {
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        Map<String, Integer> column = new LinkedHashMap<>();
        List<ItemDescriptor> items = run.form().items();
        for (int i = 0; i < items.size(); i++) {
            column.put(items.get(i).code(), 4 + i);
        }
        jdbc.sql("""
                SELECT u.uscc, u.name, u.county_name, u.category, cv.item, cv.figure
                FROM consolidated_value cv JOIN period_unit u ON u.period = cv.period AND u.uscc = cv.scope_code
                WHERE cv.period = :period AND cv.scope = 'UNIT' ORDER BY u.county_code, u.name, cv.ordinal
                """).param("period", period).query(rs -> {
            List<Object> row = rows.computeIfAbsent(rs.getString("uscc"), k -> {
                List<Object> fresh = new ArrayList<>();
                try {
                    fresh.addAll(List.of(rs.getString("name"), rs.getString("uscc"), rs.getString("county_name"), rs.getString("category")));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                items.forEach(i -> fresh.add(BigDecimal.ZERO));
                return fresh;
            });
            Integer at = column.get(rs.getString("item"));
            if (at != null) {
                row.set(at, rs.getBigDecimal("figure"));
            }
        });
        return new ArrayList<>(rows.values());
    }
}
