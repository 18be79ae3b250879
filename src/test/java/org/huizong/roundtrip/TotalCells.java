package org.huizong.roundtrip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.form.FormDescriptor;
import org.huizong.form.Identity;
import org.huizong.form.read.ItemCell;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.form.read.WorkbookLimits;
import org.huizong.form.read.WorkbookReading;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which cells of a workbook hold totals and of which cells, for the scripts that rewrite totals as formulas. The
 * totals are the form descriptor's: every identity that makes one item the plain sum of others on its own sheet
 * (its {@code each: column} and {@code each: row} totals), the first one for an item that several make a total; the
 * cells are where the project's reader finds each item in the workbook. Written as JSON:
 * {@code {"totals": [{"sheet": "表三", "cell": "J8", "parts": ["C8", …]}, …]}}.
 */
final class TotalCells {

    /** A total cell of a sheet and the cells it adds up, as A1 addresses. */
    record Total(String sheet, String cell, List<String> parts) {}

    record Document(List<Total> totals) {}

    private TotalCells() {}

    /** The totals of {@code form} where the reader finds them in {@code workbook}. */
    static List<Total> of(FormDescriptor form, Path workbook) {
        WorkbookReading reading =
                new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults())).read(workbook, form);
        if (!reading.problems().isEmpty()) {
            throw new IllegalStateException(workbook + " does not read as " + form.code() + ": " + reading.problems());
        }
        Map<String, ItemCell> cells = new LinkedHashMap<>();
        reading.cells().forEach(cell -> cells.put(cell.item().code(), cell));
        Map<String, Total> totals = new LinkedHashMap<>();
        for (Identity identity : form.identities()) {
            if (identity.kind() != Identity.Kind.EQUAL
                    || identity.left().size() != 1
                    || totals.containsKey(identity.anchorItem())) {
                continue;
            }
            ItemCell total = cells.get(identity.anchorItem());
            List<String> parts = new ArrayList<>();
            for (String part : identity.right()) {
                ItemCell cell = cells.get(part);
                if (cell != null && total != null && cell.sheetName().equals(total.sheetName())) {
                    parts.add(cell.address().a1());
                }
            }
            if (total != null && parts.size() == identity.right().size()) {
                totals.put(
                        identity.anchorItem(),
                        new Total(total.sheetName(), total.address().a1(), parts));
            }
        }
        return List.copyOf(totals.values());
    }

    /** Writes the totals as the JSON the scripts read. */
    static Path write(List<Total> totals, Path json) throws IOException {
        Files.writeString(json, JsonMapper.builder().build().writeValueAsString(new Document(totals)));
        return json;
    }
}
