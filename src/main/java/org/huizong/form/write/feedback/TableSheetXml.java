package org.huizong.form.write.feedback;

import java.util.List;

import org.huizong.form.CellAddress;
import org.huizong.form.write.SheetTable;

/**
 * A {@link SheetTable} as worksheet XML: the header row in the header format and frozen, the data rows in the body
 * format, numbers as numbers and everything else as inline text, and the table's column widths.
 */
final class TableSheetXml {

    private TableSheetXml() {
    }

    /** @param selected whether the sheet's tab is the selected one (the active sheet's) */
    static byte[] of(SheetTable table, int headerFormat, int bodyFormat, boolean selected) {
        XmlMarkup out = new XmlMarkup(4096).declaration();
        out.start("worksheet").attribute("xmlns", WorkbookLayout.MAIN).attribute("xmlns:r", Relationships.OFFICE);
        out.start("sheetViews").start("sheetView");
        if (selected) {
            out.attribute("tabSelected", "1");
        }
        out.attribute("workbookViewId", "0");
        out.start("pane").attribute("ySplit", "1").attribute("topLeftCell", "A2").attribute("activePane", "bottomLeft")
                .attribute("state", "frozen").end("pane");
        out.start("selection").attribute("pane", "bottomLeft").attribute("activeCell", "A2").attribute("sqref", "A2").end("selection");
        out.end("sheetView").end("sheetViews");
        out.start("sheetFormatPr").attribute("defaultRowHeight", "15").end("sheetFormatPr");
        if (!table.header().isEmpty()) {
            out.start("cols");
            for (int c = 0; c < table.header().size(); c++) {
                out.start("col").attribute("min", String.valueOf(c + 1)).attribute("max", String.valueOf(c + 1))
                        .attribute("width", String.valueOf(table.width(c))).attribute("customWidth", "1").end("col");
            }
            out.end("cols");
        }
        out.start("sheetData");
        row(out, 0, table.header(), headerFormat);
        for (int r = 0; r < table.rows().size(); r++) {
            row(out, r + 1, table.rows().get(r), bodyFormat);
        }
        out.end("sheetData");
        out.start("pageMargins").attribute("left", "0.7").attribute("right", "0.7").attribute("top", "0.75")
                .attribute("bottom", "0.75").attribute("header", "0.3").attribute("footer", "0.3").end("pageMargins");
        return out.end("worksheet").bytes();
    }

    private static void row(XmlMarkup out, int row, List<?> values, int format) {
        out.start("row").attribute("r", String.valueOf(row + 1));
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            out.start("c").attribute("r", new CellAddress(row, c).a1()).attribute("s", String.valueOf(format));
            if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                out.textElement("v", number(number.doubleValue()));
            } else if (value != null) {
                out.attribute("t", "inlineStr").start("is");
                out.start("t").attribute("xml:space", "preserve").text(String.valueOf(value)).end("t");
                out.end("is");
            }
            out.end("c");
        }
        out.end("row");
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
