package org.huizong.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.huizong.consolidation.UnitStatuses;
import org.huizong.form.PlainNumber;
import org.huizong.form.write.RowSource;
import org.huizong.form.write.SheetTable;
import org.huizong.form.write.StreamedTable;
import org.huizong.form.write.TableWorkbookWriter;
import org.huizong.period.RunContext;
import org.huizong.validation.Rule;
import org.huizong.validation.RuleDescriptions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office's validation report {@code 校验报告.xlsx}: an overview counting the problems the bureaus must deal with
 * apart from the office's notes, every finding worst first (rules named in words, the code beside), counts by rule
 * and by county, the 催报 list (units missing, late, returned or rejected, each with its reason and the contact from
 * its last workbook), and what new versions changed.
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
        List<List<Object>> rules = byRule(period);
        List<StreamedTable> tables = List.of(
                StreamedTable.of(new SheetTable("概况", List.of("项目", "内容"), overview(run, rules))),
                new StreamedTable("问题明细", List.of("区县", "单位名称", "统一社会信用代码", "文件", "版本", "严重程度", "问题类型", "规则",
                        "工作表", "单元格", "行", "列", "填报数", "应为", "差额", "问题说明", "单位说明"), findings(period)),
                StreamedTable.of(new SheetTable("规则统计", List.of("类别", "问题类型", "规则", "严重程度", "问题数", "涉及文件数"), rules)),
                StreamedTable.of(new SheetTable("区县统计", List.of("区县", "应报单位", "已接收", "有警告", "退回", "拒收", "未报送"),
                        byCounty(run))),
                StreamedTable.of(new SheetTable("催报名单", ChaseList.HEADER, chaseList.rows(run))),
                new StreamedTable("版本修改", List.of("区县", "单位名称", "版本", "表", "行", "列", "上一版", "本版", "项目代码"), changes(run)));
        writer.writeStreamed(tables, run.periodOutput().resolve(FILE));
    }

    /**
     * What the office reads first: problems and notes counted apart (notes are not sent to the bureaus), and how the
     * outputs are brought up to date.
     */
    private static List<List<Object>> overview(RunContext run, List<List<Object>> rules) {
        long[] bySeverity = new long[4];
        long normalised = 0;
        for (List<Object> rule : rules) {
            int severity = List.of("拒收", "错误（须改正）", "警告（可说明）").indexOf(String.valueOf(rule.get(3)));
            bySeverity[severity < 0 ? 3 : severity] += (Long) rule.get(4);
            if (Rule.V04.id().equals(rule.get(2))) {
                normalised += (Long) rule.get(4);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("统计期", run.period().label()));
        rows.add(List.of("须单位处理的问题", "拒收 " + bySeverity[0] + " 条，错误 " + bySeverity[1] + " 条，警告 " + bySeverity[2]
                + " 条；见“问题明细”（按严重程度排列，拒收和错误在前）"));
        rows.add(List.of("提示（仅供办公室参考）", bySeverity[3] + " 条，其中数字写法已自动规范（V04）" + normalised
                + " 条；提示不列入单位的问题清单，只在其中以一行说明条数"));
        rows.add(List.of("更新汇总", "单位报送新文件或改正后，再次运行本期（monthly --period " + run.period().code()
                + "）即重新校验、汇总并更新全部输出；已处理过的文件不会重复读取"));
        rows.add(List.of("文件", "问题明细与 findings.csv 相同；各单位的反馈工作簿在“反馈”文件夹，按区县分文件夹存放"));
        return rows;
    }

    /** Every finding of the period, worst first, streamed: a large month has tens of thousands. */
    private RowSource findings(String period) {
        return sink -> jdbc.sql("""
                SELECT COALESCE(u.county_name, '（未识别）') AS county, COALESCE(f.unit_name, '（未识别）') AS unit, f.unit_uscc,
                       f.relative_path, f.version, x.severity, x.rule, x.sheet, x.cell, x.row_label, x.col_label,
                       x.left_value, x.right_value, x.message, x.justification, u.county_code,
                       CASE x.severity WHEN 'REJECT' THEN 0 WHEN 'ERROR' THEN 1 WHEN 'WARNING' THEN 2 ELSE 3 END AS worst, x.source, x.ordinal
                FROM finding x JOIN received_file f ON f.id = x.file_id
                LEFT JOIN period_unit u ON u.period = f.period AND u.uscc = f.unit_uscc
                WHERE f.period = :period
                UNION ALL
                SELECT u.county_name, p.unit_name, p.unit_uscc, '', NULL, p.severity, p.rule, '', '', '', '', NULL, NULL,
                       p.message, NULL, u.county_code, 3, 0, 0
                FROM period_finding p LEFT JOIN period_unit u ON u.period = p.period AND u.uscc = p.unit_uscc
                WHERE p.period = :period
                ORDER BY 17, 16, 2, 4, 5, 18, 19, 7, 14
                """).param("period", period).query(rs -> {
            FindingSides sides = FindingSides.of(rs.getString(7), rs.getBigDecimal(12), rs.getBigDecimal(13));
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= 5; c++) {
                row.add(rs.getObject(c) == null ? "" : rs.getObject(c));
            }
            row.add(SeverityLabel.of(rs.getString(6)));
            row.add(RuleDescriptions.of(rs.getString(7)));
            row.add(rs.getString(7));
            for (int c = 8; c <= 11; c++) {
                row.add(rs.getString(c) == null ? "" : rs.getString(c));
            }
            row.add(sides.reported());
            row.add(sides.expected());
            row.add(sides.difference());
            row.add(rs.getString(14) == null ? "" : rs.getString(14));
            row.add(rs.getString(15) == null ? "" : rs.getString(15));
            sink.accept(row);
        });
    }

    /** Findings by rule: the problems the bureaus must deal with first, then the office's notes. */
    private List<List<Object>> byRule(String period) {
        return jdbc.sql("""
                SELECT rule, severity, SUM(n), SUM(files),
                       MIN(CASE severity WHEN 'REJECT' THEN 0 WHEN 'ERROR' THEN 1 WHEN 'WARNING' THEN 2 ELSE 3 END) AS worst
                FROM (SELECT x.rule, x.severity, COUNT(*) AS n, COUNT(DISTINCT x.file_id) AS files
                      FROM finding x JOIN received_file f ON f.id = x.file_id WHERE f.period = :period GROUP BY x.rule, x.severity
                      UNION ALL
                      SELECT rule, severity, COUNT(*), 0 FROM period_finding WHERE period = :period GROUP BY rule, severity) t
                GROUP BY rule, severity
                ORDER BY 5, 1
                """).param("period", period)
                .query((rs, n) -> List.<Object>of("INFO".equals(rs.getString(2)) ? "提示（仅供办公室参考）" : "须单位处理",
                        RuleDescriptions.of(rs.getString(1)), rs.getString(1), SeverityLabel.of(rs.getString(2)), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    private List<List<Object>> byCounty(RunContext run) {
        java.util.Map<String, long[]> counts = new java.util.LinkedHashMap<>();
        for (UnitStatuses.UnitStatus unit : statuses.of(run)) {
            long[] c = counts.computeIfAbsent(unit.countyName(), k -> new long[6]);
            c[0]++;
            switch (unit.status()) {
                case ACCEPTED -> c[1]++;
                case ACCEPTED_WITH_WARNINGS -> {
                    c[1]++;
                    c[2]++;
                }
                case RETURNED -> c[3]++;
                case REJECTED -> c[4]++;
                default -> c[5]++;
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((county, c) -> rows.add(List.of(county, c[0], c[1], c[2], c[3], c[4], c[5])));
        return rows;
    }

    /** What each new version changed, item by item, with the form's labels. */
    private RowSource changes(RunContext run) {
        return sink -> jdbc.sql("""
                SELECT u.county_name, f.unit_name, f.version, c.item, c.old_value, c.new_value
                FROM version_change c JOIN received_file f ON f.id = c.file_id
                LEFT JOIN period_unit u ON u.period = f.period AND u.uscc = f.unit_uscc
                WHERE f.period = :period ORDER BY u.county_code, f.unit_name, f.version, c.item
                """).param("period", run.period().code())
                .query(rs -> {
                    String item = rs.getString(4);
                    var descriptor = run.form().item(item);
                    sink.accept(List.<Object>of(rs.getString(1) == null ? "" : rs.getString(1), rs.getString(2), rs.getInt(3),
                            descriptor.map(d -> d.sheet().name()).orElse(""), descriptor.map(d -> d.row().displayLabel()).orElse(item),
                            descriptor.map(d -> d.column().displayLabel()).orElse(""),
                            rs.getBigDecimal(5) == null ? "（无）" : PlainNumber.format(rs.getBigDecimal(5)),
                            rs.getBigDecimal(6) == null ? "（无）" : PlainNumber.format(rs.getBigDecimal(6)), item));
                });
    }
}
