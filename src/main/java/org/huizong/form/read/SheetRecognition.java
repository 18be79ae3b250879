package org.huizong.form.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huizong.form.BlockDescriptor;
import org.huizong.form.FormDescriptor;
import org.huizong.form.Heading;
import org.huizong.form.LabelText;
import org.huizong.form.SheetDescriptor;

/**
 * Finds each table sheet of a form among a workbook's sheets by what it holds: the sheet that carries the most of
 * the form sheet's labels (its block titles and row and column labels, each counted once) is that sheet, whatever it
 * is called. An extra sheet ({@code 工作表1}, {@code Sheet1}, {@code 附表1 填报说明}) holds few or none of them and is
 * passed over wherever it stands. Only when no sheet holds enough labels (a clerk rewrote the headings) does a sheet
 * named for the form sheet stand for it, so that the missing labels are reported one by one; a name merely containing
 * {@code 表1} inside a word ({@code 工作表1}) does not count.
 */
final class SheetRecognition {

    /** A sheet holding this many of a form sheet's labels is that sheet. */
    private static final int ENOUGH_LABELS = 3;

    private static final int KEYWORD_ROWS = 10;

    private final FormDescriptor form;

    SheetRecognition(FormDescriptor form) {
        this.form = form;
    }

    Map<SheetDescriptor, CellGrid> match(List<CellGrid> grids) {
        Map<CellGrid, Set<String>> texts = new HashMap<>();
        grids.forEach(grid -> texts.put(grid, canonicalTexts(grid)));
        Map<SheetDescriptor, CellGrid> matched = new HashMap<>();
        List<CellGrid> free = new ArrayList<>(grids);
        for (SheetDescriptor sheet : form.sheets()) {
            Set<String> labels = labels(sheet);
            CellGrid best = null;
            int bestScore = ENOUGH_LABELS - 1;
            for (CellGrid grid : free) {
                int score =
                        (int) labels.stream().filter(texts.get(grid)::contains).count();
                if (score > bestScore
                        || (score == bestScore && best != null && !namedFor(best, sheet) && namedFor(grid, sheet))) {
                    best = grid;
                    bestScore = score;
                }
            }
            if (best != null) {
                matched.put(sheet, best);
                free.remove(best);
            }
        }
        for (SheetDescriptor sheet : form.sheets()) {
            if (!matched.containsKey(sheet)) {
                free.stream()
                        .filter(g -> namedFor(g, sheet) || hasKeyword(g, sheet))
                        .findFirst()
                        .ifPresent(g -> {
                            matched.put(sheet, g);
                            free.remove(g);
                        });
            }
        }
        return matched;
    }

    private static boolean namedFor(CellGrid grid, SheetDescriptor sheet) {
        return nameMatches(grid.sheetName(), sheet.names());
    }

    /**
     * {@code 表三 申请情况}, {@code 3、表3} and {@code 表3} name sheet 表三; {@code 表30} does not name {@code 表3}, nor does a name
     * in which it is the end of another word ({@code 工作表1}, {@code 附表1 填报说明}).
     */
    static boolean nameMatches(String sheetName, List<String> names) {
        String canonical = LabelText.canonical(sheetName);
        for (String name : names) {
            String wanted = LabelText.canonical(name);
            for (int at = canonical.indexOf(wanted); at >= 0; at = canonical.indexOf(wanted, at + 1)) {
                int after = at + wanted.length();
                boolean wordBefore = at > 0 && Character.isLetter(canonical.charAt(at - 1));
                boolean digitAfter = after < canonical.length() && Character.isDigit(canonical.charAt(after));
                if (!wordBefore && !digitAfter) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasKeyword(CellGrid grid, SheetDescriptor sheet) {
        if (sheet.keyword() == null) {
            return false;
        }
        String keyword = LabelText.canonical(sheet.keyword());
        return grid.cells().stream()
                .anyMatch(c -> c.row() < KEYWORD_ROWS
                        && c.kind() == CellKind.TEXT
                        && LabelText.canonical(c.text()).contains(keyword));
    }

    private static Set<String> labels(SheetDescriptor sheet) {
        Set<String> labels = new LinkedHashSet<>();
        for (BlockDescriptor block : sheet.blocks()) {
            if (block.hasTitle()) {
                labels.add(LabelText.canonical(block.title()));
            }
            for (Heading heading : block.columns()) {
                heading.path().forEach(label -> labels.add(LabelText.canonical(label)));
            }
            for (Heading heading : block.rows()) {
                heading.path().forEach(label -> labels.add(LabelText.canonical(label)));
            }
        }
        labels.remove("");
        return labels;
    }

    private static Set<String> canonicalTexts(CellGrid grid) {
        Set<String> texts = new HashSet<>();
        for (GridCell cell : grid.cells()) {
            if (cell.kind() == CellKind.TEXT) {
                texts.add(LabelText.canonical(cell.text()));
            }
        }
        return texts;
    }
}
