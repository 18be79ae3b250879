package org.huizong.form.read;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.huizong.form.CellAddress;
import org.huizong.form.InfoField;
import org.huizong.form.InfoSheetDescriptor;
import org.huizong.form.LabelText;

/**
 * Reads the 基本信息 fields: from label cells followed by their value (sheet 基本信息), and from title rows that
 * hold several fields in one cell ({@code 填报单位：方山县市场监督管理局　　统计期：2026年10月}) on any sheet.
 */
final class InfoFieldReader {

    private final InfoSheetDescriptor info;
    private final Pattern inline;

    InfoFieldReader(InfoSheetDescriptor info) {
        this.info = info;
        String labels =
                info.fields().stream().map(InfoField::label).map(Pattern::quote).collect(Collectors.joining("|"));
        this.inline = Pattern.compile("(" + labels + ")\\s*[:：]");
    }

    Map<String, InfoValue> read(CellGrid infoSheet, List<CellGrid> allSheets) {
        Map<String, InfoValue> values = new LinkedHashMap<>();
        if (infoSheet != null) {
            readLabelCells(infoSheet, values);
        }
        for (CellGrid grid : allSheets) {
            readInlineFields(grid, values);
        }
        return values;
    }

    private void readLabelCells(CellGrid grid, Map<String, InfoValue> values) {
        for (InfoField field : info.fields()) {
            String wanted = LabelText.canonical(field.label());
            grid.cells().stream()
                    .filter(cell -> cell.kind() == CellKind.TEXT)
                    .filter(cell -> LabelText.canonical(cell.text())
                            .replaceAll("[:：]$", "")
                            .equals(wanted))
                    .min(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column))
                    .ifPresent(label -> valueRightOf(grid, label).ifPresent(v -> values.put(field.key(), v)));
        }
    }

    private static java.util.Optional<InfoValue> valueRightOf(CellGrid grid, GridCell label) {
        MergedRegion region = grid.region(label.row(), label.column());
        int from = region == null ? label.column() + 1 : region.lastColumn() + 1;
        for (int c = from; c <= grid.lastColumn(); c++) {
            GridCell cell = grid.cell(label.row(), c);
            if (cell != null && !cell.display().isBlank()) {
                return java.util.Optional.of(
                        new InfoValue(cell.display().strip(), grid.sheetName(), new CellAddress(label.row(), c).a1()));
            }
        }
        return java.util.Optional.empty();
    }

    private void readInlineFields(CellGrid grid, Map<String, InfoValue> values) {
        List<GridCell> texts = grid.cells().stream()
                .filter(cell -> cell.kind() == CellKind.TEXT && cell.row() <= 6)
                .sorted(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column))
                .toList();
        for (GridCell cell : texts) {
            Matcher matcher = inline.matcher(cell.text());
            int valueStart = -1;
            String key = null;
            while (true) {
                boolean more = matcher.find();
                if (key != null) {
                    String value = cell.text()
                            .substring(
                                    valueStart,
                                    more ? matcher.start() : cell.text().length())
                            .strip();
                    if (!value.isEmpty()) {
                        values.putIfAbsent(
                                key,
                                new InfoValue(
                                        value, grid.sheetName(), new CellAddress(cell.row(), cell.column()).a1()));
                    }
                }
                if (!more) {
                    break;
                }
                key = keyOf(matcher.group(1));
                valueStart = matcher.end();
            }
        }
    }

    private String keyOf(String label) {
        return info.fields().stream()
                .filter(f -> f.label().equals(label))
                .map(InfoField::key)
                .findFirst()
                .orElseThrow();
    }
}
