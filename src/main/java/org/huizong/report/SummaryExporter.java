package org.huizong.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.huizong.form.ItemDescriptor;
import org.huizong.form.write.ScopeSheets;
import org.huizong.form.write.SummaryWorkbookWriter;
import org.huizong.system.RunContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes {@code 汇总表.xlsx}: the city and each county in the official layout, and the per-unit detail. */
public final class SummaryExporter {

    public static final String FILE = "汇总表.xlsx";

    private final JdbcClient jdbc;
    private final SummaryWorkbookWriter writer = new SummaryWorkbookWriter();

    public SummaryExporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void export(RunContext run) throws IOException {
        String period = run.period().code();
        Map<String, Map<String, BigDecimal>> byScope = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT scope, scope_code, scope_name, item, figure FROM consolidated_value
                WHERE period = :period AND scope IN ('CITY', 'COUNTY')
                ORDER BY CASE scope WHEN 'CITY' THEN 0 ELSE 1 END, scope_code, ordinal
                """).param("period", period).query(rs -> {
            String key = rs.getString("scope") + ":" + rs.getString("scope_code");
            names.put(key, rs.getString("scope_name"));
            byScope.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(rs.getString("item"), rs.getBigDecimal("figure"));
        });
        List<ScopeSheets> scopes = new ArrayList<>();
        byScope.forEach((key, values) -> {
            String name = key.startsWith("CITY:") ? "全市" : names.get(key);
            scopes.add(new ScopeSheets(name, "汇总范围：" + (key.startsWith("CITY:") ? run.city().name() + "（全市）" : name)
                    + "\u3000\u3000统计期：" + run.period().label(), values));
        });
        int active = jdbc.sql("SELECT COUNT(*) FROM period_unit WHERE period = :period").param("period", period).query(Integer.class).single();
        List<List<Object>> detail = unitDetail(run, period);
        List<String> cover = List.of(run.city().name() + run.period().label() + run.form().name() + "汇总",
                "统计期：" + run.period().label(),
                "应报单位：" + active + " 个；纳入汇总：" + detail.size() + " 个（最新版本且无错误的报表）。",
                "未纳入汇总的单位（未报送、被退回或拒收）见 completeness.csv，问题明细见 findings.csv。",
                "本工作簿包含：全市及各区县的统计表，以及“单位明细”表（每个单位一行）。");
        writer.write(run.form(), cover, scopes, detailHeader(run), detail, run.periodOutput().resolve(FILE));
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
