package org.huizong.form.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huizong.form.IssueList;
import org.huizong.form.LabelText;

/**
 * Reads the 说明 column of a returned 问题清单 sheet: one {@link Justification} per row with text in it, found under the
 * header row that names the rule's code and the 单位说明 column.
 */
final class IssueListReader {

    /** The header row is looked for in this many rows: the verdict and what to do stand above it. */
    private static final int HEADER_WITHIN = 20;

    List<Justification> read(List<CellGrid> grids) {
        CellGrid sheet = grids.stream()
                .filter(g -> LabelText.canonical(g.sheetName()).equals(IssueList.SHEET))
                .findFirst()
                .orElse(null);
        if (sheet == null) {
            return List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        int headerRow = -1;
        for (int r = 0; r <= Math.min(sheet.lastRow(), HEADER_WITHIN) && headerRow < 0; r++) {
            for (int c = 0; c <= sheet.lastColumn(); c++) {
                columns.put(LabelText.canonical(sheet.label(r, c)), c);
            }
            if (!columns.containsKey(IssueList.RULE) && columns.containsKey(IssueList.OLD_RULE)) {
                columns.put(IssueList.RULE, columns.get(IssueList.OLD_RULE));
            }
            if (columns.containsKey(IssueList.RULE) && columns.containsKey(IssueList.JUSTIFICATION)) {
                headerRow = r;
            } else {
                columns.clear();
            }
        }
        if (headerRow < 0) {
            return List.of();
        }
        List<Justification> justifications = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.lastRow(); r++) {
            String text = sheet.label(r, columns.get(IssueList.JUSTIFICATION)).strip();
            String rule = sheet.label(r, columns.get(IssueList.RULE)).strip();
            if (!text.isEmpty() && !rule.isEmpty()) {
                justifications.add(new Justification(
                        rule,
                        text(sheet, r, columns.get(IssueList.SHEET_NAME)),
                        text(sheet, r, columns.get(IssueList.CELL)),
                        text));
            }
        }
        return justifications;
    }

    private static String text(CellGrid sheet, int row, Integer column) {
        return column == null ? "" : sheet.label(row, column).strip();
    }
}
