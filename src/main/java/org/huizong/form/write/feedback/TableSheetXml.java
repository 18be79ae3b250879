package org.huizong.form.write.feedback;

import java.util.List;
import org.huizong.form.CellAddress;
import org.huizong.form.write.RowHeights;
import org.huizong.form.write.SheetTable;

/**
 * A {@link SheetTable} as worksheet XML: its lines above, the header row in the header format, frozen and filtered, the
 * data rows in the body format and tall enough for their wrapped text, numbers as numbers and everything else as
 * inline text, the table's column widths (hidden columns hidden), printed landscape on A4 fitted to the page's width.
 */
final class TableSheetXml {

    private TableSheetXml() {}

    /**
     * @param lineFormat the format of the lines above the table
     * @param selected   whether the sheet's tab is the selected one (the active sheet's)
     */
    static byte[] of(SheetTable table, int lineFormat, int headerFormat, int bodyFormat, boolean selected) {
        int header = table.headerRow();
        String below = new CellAddress(header + 1, 0).a1();
        XmlMarkup out = new XmlMarkup(4096).declaration();
        out.start("worksheet").attribute("xmlns", WorkbookLayout.MAIN).attribute("xmlns:r", Relationships.OFFICE);
        out.start("sheetPr")
                .start("pageSetUpPr")
                .attribute("fitToPage", "1")
                .end("pageSetUpPr")
                .end("sheetPr");
        out.start("sheetViews").start("sheetView");
        if (selected) {
            out.attribute("tabSelected", "1");
        }
        out.attribute("workbookViewId", "0");
        out.start("pane")
                .attribute("ySplit", String.valueOf(header + 1))
                .attribute("topLeftCell", below)
                .attribute("activePane", "bottomLeft")
                .attribute("state", "frozen")
                .end("pane");
        out.start("selection")
                .attribute("pane", "bottomLeft")
                .attribute("activeCell", below)
                .attribute("sqref", below)
                .end("selection");
        out.end("sheetView").end("sheetViews");
        out.start("sheetFormatPr").attribute("defaultRowHeight", "15").end("sheetFormatPr");
        if (!table.header().isEmpty()) {
            out.start("cols");
            for (int c = 0; c < table.header().size(); c++) {
                out.start("col")
                        .attribute("min", String.valueOf(c + 1))
                        .attribute("max", String.valueOf(c + 1))
                        .attribute("width", String.valueOf(Math.max(1, table.width(c))))
                        .attribute("customWidth", "1");
                if (table.hidden(c)) {
                    out.attribute("hidden", "1");
                }
                out.end("col");
            }
            out.end("cols");
        }
        out.start("sheetData");
        for (int r = 0; r < table.lines().size(); r++) {
            row(out, r, List.of(table.lines().get(r)), lineFormat, 0);
        }
        row(out, header, table.header(), headerFormat, RowHeights.POINTS_PER_LINE * headerLines(table));
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> values = table.rows().get(r);
            row(out, header + r + 1, values, bodyFormat, table.height(values));
        }
        out.end("sheetData");
        if (!table.header().isEmpty() && !table.rows().isEmpty()) {
            out.start("autoFilter")
                    .attribute(
                            "ref",
                            new CellAddress(header, 0).a1() + ":"
                                    + new CellAddress(
                                                    header + table.rows().size(),
                                                    table.header().size() - 1)
                                            .a1())
                    .end("autoFilter");
        }
        out.start("printOptions").attribute("gridLines", "0").end("printOptions");
        out.start("pageMargins")
                .attribute("left", "0.5")
                .attribute("right", "0.5")
                .attribute("top", "0.6")
                .attribute("bottom", "0.6")
                .attribute("header", "0.3")
                .attribute("footer", "0.3")
                .end("pageMargins");
        out.start("pageSetup")
                .attribute("paperSize", "9")
                .attribute("orientation", "landscape")
                .attribute("fitToWidth", "1")
                .attribute("fitToHeight", "0")
                .end("pageSetup");
        return out.end("worksheet").bytes();
    }

    /** The header's height in lines, its labels wrapped to their columns. */
    private static int headerLines(SheetTable table) {
        int lines = 1;
        for (int c = 0; c < table.header().size(); c++) {
            if (!table.hidden(c)) {
                lines = Math.max(lines, RowHeights.lines(table.header().get(c), table.width(c)));
            }
        }
        return lines;
    }

    /** A row; {@code height} in points, 0 for the default. */
    private static void row(XmlMarkup out, int row, List<?> values, int format, double height) {
        out.start("row").attribute("r", String.valueOf(row + 1));
        if (height > RowHeights.POINTS_PER_LINE) {
            out.attribute("ht", String.valueOf(height)).attribute("customHeight", "1");
        }
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            out.start("c").attribute("r", new CellAddress(row, c).a1()).attribute("s", String.valueOf(format));
            if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                out.textElement("v", number(number.doubleValue()));
            } else if (value != null) {
                out.attribute("t", "inlineStr").start("is");
                out.start("t")
                        .attribute("xml:space", "preserve")
                        .text(String.valueOf(value))
                        .end("t");
                out.end("is");
            }
            out.end("c");
        }
        out.end("row");
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
