package org.huizong.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.huizong.form.PlainNumber;
import org.huizong.form.write.RowSource;
import org.huizong.form.write.SheetTable;
import org.huizong.form.write.StreamedTable;
import org.huizong.form.write.TableWorkbookWriter;
import org.huizong.system.RunContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office's validation report {@code 校验报告.xlsx}: findings by county and unit, counts by rule and severity and
 * by county, the 催报 list (units missing, late, returned or rejected, with the contact from their last workbook),
 * and what new versions changed.
 */
public final class ValidationReportExporter {

    public static final String FILE = "校验报告.xlsx";

    private final JdbcClient jdbc;
    private final TableWorkbookWriter writer = new TableWorkbookWriter();
    private final ChaseList chaseList;
    private final UnitStatuses statuses;

    public ValidationReportExporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.chaseList = new ChaseList(jdbc);
        this.statuses = new UnitStatuses(jdbc);
    }

    public void export(RunContext run) throws IOException {
        String period = run.period().code();
        List<StreamedTable> tables = List.of(
                new StreamedTable("问题明细", List.of("区县", "单位名称", "统一社会信用代码", "文件", "版本", "规则", "严重程度", "工作表",
                        "单元格", "行", "列", "左值", "右值", "问题说明", "单位说明"), findings(period)),
                StreamedTable.of(new SheetTable("规则统计", List.of("规则", "严重程度", "问题数", "涉及文件数"), byRule(period))),
                StreamedTable.of(new SheetTable("区县统计", List.of("区县", "应报单位", "已接收", "有警告", "退回", "拒收", "未报送"),
                        byCounty(run))),
                StreamedTable.of(new SheetTable("催报名单", ChaseList.HEADER, chaseList.rows(run))),
                new StreamedTable("版本修改", List.of("区县", "单位名称", "版本", "项目代码", "上一版", "本版"), changes(period)));
        writer.writeStreamed(tables, run.periodOutput().resolve(FILE));
    }

    /** Every finding of the period, streamed: a large month has tens of thousands. */
    private RowSource findings(String period) {
        return sink -> jdbc.sql("""
                SELECT COALESCE(u.county_name, '（未识别）') AS county, COALESCE(f.unit_name, '（未识别）') AS unit, f.unit_uscc,
                       f.relative_path, f.version, x.rule, x.severity, x.sheet, x.cell, x.row_label, x.col_label,
                       x.left_value, x.right_value, x.message, x.justification, u.county_code, x.ordinal
                FROM finding x JOIN received_file f ON f.id = x.file_id
                LEFT JOIN period_unit u ON u.period = f.period AND u.uscc = f.unit_uscc
                WHERE f.period = :period
                UNION ALL
                SELECT u.county_name, p.unit_name, p.unit_uscc, '', NULL, p.rule, p.severity, '', '', '', '', NULL, NULL,
                       p.message, NULL, u.county_code, 0
                FROM period_finding p LEFT JOIN period_unit u ON u.period = p.period AND u.uscc = p.unit_uscc
                WHERE p.period = :period
                ORDER BY 16, 2, 4, 5, 17, 6, 14
                """).param("period", period).query(rs -> {
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= 15; c++) {
                Object value = rs.getObject(c);
                row.add(c == 7 ? SeverityLabel.of(rs.getString(c)) : value instanceof java.math.BigDecimal d ? PlainNumber.format(d)
                        : value == null ? "" : value);
            }
            sink.accept(row);
        });
    }

    private List<List<Object>> byRule(String period) {
        return jdbc.sql("""
                SELECT x.rule, x.severity, COUNT(*), COUNT(DISTINCT x.file_id) FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE f.period = :period
                GROUP BY x.rule, x.severity
                UNION ALL
                SELECT rule, severity, COUNT(*), 0 FROM period_finding WHERE period = :period GROUP BY rule, severity
                ORDER BY 1
                """).param("period", period)
                .query((rs, n) -> List.<Object>of(rs.getString(1), SeverityLabel.of(rs.getString(2)), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    private List<List<Object>> byCounty(RunContext run) {
        java.util.Map<String, long[]> counts = new java.util.LinkedHashMap<>();
        for (UnitStatuses.UnitStatus unit : statuses.of(run)) {
            long[] c = counts.computeIfAbsent(unit.countyName(), k -> new long[6]);
            c[0]++;
            switch (unit.status()) {
                case "ACCEPTED" -> c[1]++;
                case "ACCEPTED_WITH_WARNINGS" -> {
                    c[1]++;
                    c[2]++;
                }
                case "RETURNED" -> c[3]++;
                case "REJECTED" -> c[4]++;
                default -> c[5]++;
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((county, c) -> rows.add(List.of(county, c[0], c[1], c[2], c[3], c[4], c[5])));
        return rows;
    }

    private RowSource changes(String period) {
        return sink -> jdbc.sql("""
                SELECT u.county_name, f.unit_name, f.version, c.item, c.old_value, c.new_value
                FROM version_change c JOIN received_file f ON f.id = c.file_id
                LEFT JOIN period_unit u ON u.period = f.period AND u.uscc = f.unit_uscc
                WHERE f.period = :period ORDER BY u.county_code, f.unit_name, f.version, c.item
                """).param("period", period)
                .query(rs -> {
                    sink.accept(List.<Object>of(rs.getString(1) == null ? "" : rs.getString(1), rs.getString(2), rs.getInt(3),
                            rs.getString(4), rs.getBigDecimal(5) == null ? "（无）" : PlainNumber.format(rs.getBigDecimal(5)),
                            rs.getBigDecimal(6) == null ? "（无）" : PlainNumber.format(rs.getBigDecimal(6))));
                });
    }
}
