package org.huizong.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.form.BlockDescriptor;
import org.huizong.form.FormDescriptor;
import org.huizong.form.Heading;
import org.huizong.form.ItemDescriptor;
import org.huizong.form.SheetDescriptor;
import org.huizong.form.ValueType;
import org.huizong.form.write.ReportCell;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportTable;
import org.huizong.text.Messages;

/**
 * The official tables of a form as report tables, from its descriptor: one table per block, its columns by their
 * own labels (their groups said in the caption) and its rows as an outline (a group label on its own row, the
 * rows below it indented). A single-row block whose column groups share the same sub-columns (表四) is shown with
 * one row per group.
 */
final class OfficialTables {

    private static final String INDENT = "\u3000";

    /** One table of a sheet: the sheet's title and the block as a table. */
    record OfficialTable(String sheetTitle, ReportTable table) {}

    private final FormDescriptor form;

    OfficialTables(FormDescriptor form) {
        this.form = form;
    }

    List<OfficialTable> of(Map<String, BigDecimal> values) {
        List<OfficialTable> tables = new ArrayList<>();
        for (SheetDescriptor sheet : form.sheets()) {
            for (BlockDescriptor block : sheet.blocks()) {
                ReportTable table = block.singleRow() ? singleRow(sheet, block, values) : outline(sheet, block, values);
                tables.add(new OfficialTable(sheet.title(), table));
            }
        }
        return tables;
    }

    private ReportTable outline(SheetDescriptor sheet, BlockDescriptor block, Map<String, BigDecimal> values) {
        List<ReportRow> rows = new ArrayList<>();
        List<String> open = List.of();
        for (Heading row : block.rows()) {
            List<String> groups = row.path().subList(0, row.path().size() - 1);
            int shared = 0;
            while (shared < Math.min(open.size(), groups.size())
                    && open.get(shared).equals(groups.get(shared))) {
                shared++;
            }
            for (int level = shared; level < groups.size(); level++) {
                rows.add(new ReportRow(
                        INDENT.repeat(level) + groups.get(level),
                        ReportRow.Emphasis.GROUP,
                        block.columns().stream().map(c -> ReportCell.text("")).toList()));
            }
            open = groups;
            List<ReportCell> cells = block.columns().stream()
                    .map(c -> cell(sheet, row, c, values))
                    .toList();
            rows.add(ReportRow.plain(INDENT.repeat(groups.size()) + row.label(), cells));
        }
        return new ReportTable(
                groupCaption(block.title(), block.columns()), header(block.rowHeader(), block.columns()), rows);
    }

    private ReportTable singleRow(SheetDescriptor sheet, BlockDescriptor block, Map<String, BigDecimal> values) {
        Heading row = block.rows().get(0);
        Map<String, List<Heading>> groups = new LinkedHashMap<>();
        for (Heading column : block.columns()) {
            List<String> path = column.path();
            groups.computeIfAbsent(String.join("·", path.subList(0, path.size() - 1)), k -> new ArrayList<>())
                    .add(column);
        }
        List<List<String>> leaves = groups.values().stream()
                .map(g -> g.stream().map(Heading::label).toList())
                .distinct()
                .toList();
        if (groups.size() < 2 || leaves.size() != 1) {
            List<ReportCell> cells = block.columns().stream()
                    .map(c -> cell(sheet, row, c, values))
                    .toList();
            return new ReportTable(
                    groupCaption(block.title(), block.columns()),
                    header(sheet.name(), block.columns()),
                    List.of(ReportRow.plain(sheet.name(), cells)));
        }
        List<ReportRow> rows = new ArrayList<>();
        groups.forEach((group, columns) -> rows.add(ReportRow.plain(
                group, columns.stream().map(c -> cell(sheet, row, c, values)).toList())));
        List<String> header = new ArrayList<>(List.of(
                block.rowHeader() == null ? Messages.text("report.official.rowHeader.block") : block.rowHeader()));
        header.addAll(leaves.get(0));
        return new ReportTable(block.title(), header, rows);
    }

    /** The row header, then each column's own label. */
    private static List<String> header(String rowHeader, List<Heading> columns) {
        List<String> header = new ArrayList<>(
                List.of(rowHeader == null ? Messages.text("report.official.rowHeader.sheet") : rowHeader));
        columns.forEach(c -> header.add(c.label()));
        return header;
    }

    /**
     * The column groups the header leaves out, as a caption: {@code 商业企业至其他属“法人或其他组织”}. A group that
     * every column shares (申请人情况) says nothing and is left out.
     */
    private static String groupCaption(String title, List<Heading> columns) {
        int shared = 0;
        while (columns.size() > 1 && sharesLevel(columns, shared)) {
            shared++;
        }
        Map<String, List<Heading>> groups = new LinkedHashMap<>();
        for (Heading column : columns) {
            if (column.path().size() > shared + 1) {
                groups.computeIfAbsent(
                                String.join(
                                        "·",
                                        column.path()
                                                .subList(shared, column.path().size() - 1)),
                                k -> new ArrayList<>())
                        .add(column);
            }
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((group, members) -> parts.add(
                members.size() == 1
                        ? Messages.text(
                                "report.official.group.one", members.get(0).label(), group)
                        : Messages.text(
                                "report.official.group.range",
                                members.get(0).label(),
                                members.get(members.size() - 1).label(),
                                group)));
        String note = parts.isEmpty()
                ? null
                : Messages.text(
                        "report.official.group.note",
                        String.join(Messages.text("report.official.group.separator"), parts));
        return title == null ? note : note == null ? title : title + note;
    }

    private static boolean sharesLevel(List<Heading> columns, int level) {
        String first =
                columns.get(0).path().get(Math.min(level, columns.get(0).path().size() - 1));
        return columns.stream()
                .allMatch(
                        c -> c.path().size() > level + 1 && c.path().get(level).equals(first));
    }

    private ReportCell cell(SheetDescriptor sheet, Heading row, Heading column, Map<String, BigDecimal> values) {
        String code = ItemDescriptor.codeOf(sheet.code(), row.code(), column.code());
        boolean amount = form.item(code).map(i -> i.type() == ValueType.AMOUNT).orElse(false);
        return ReportCell.figure(values.getOrDefault(code, BigDecimal.ZERO), amount);
    }
}
