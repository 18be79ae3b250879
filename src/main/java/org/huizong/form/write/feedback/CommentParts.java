package org.huizong.form.write.feedback;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.huizong.form.write.CellNote;

/**
 * The two parts that make a sheet's comments: the comments themselves (one per marked cell, its notes one per
 * line, by the one author) and the legacy VML drawing Excel needs to show them — one hidden note shape per
 * comment, anchored to the right of its cell.
 */
final class CommentParts {

    private static final String MAIN = WorkbookLayout.MAIN;

    private CommentParts() {}

    static byte[] comments(List<MarkedCells.Marked> cells) {
        XmlMarkup out = new XmlMarkup(1024).declaration();
        out.start("comments").attribute("xmlns", MAIN);
        out.start("authors").textElement("author", CellNote.AUTHOR).end("authors");
        out.start("commentList");
        for (MarkedCells.Marked cell : cells) {
            String text = cell.notes().stream()
                    .map(CellNote::text)
                    .map(t -> Objects.toString(t, ""))
                    .collect(Collectors.joining("\n"));
            out.start("comment")
                    .attribute("ref", cell.a1())
                    .attribute("authorId", "0")
                    .start("text");
            out.start("t").attribute("xml:space", "preserve").text(text).end("t");
            out.end("text").end("comment");
        }
        return out.end("commentList").end("comments").bytes();
    }

    /** @param drawing a number for this drawing's shape ids, different for each sheet of the workbook */
    static byte[] vml(List<MarkedCells.Marked> cells, int drawing) {
        XmlMarkup out = new XmlMarkup(1024 * cells.size() + 1024);
        out.start("xml")
                .attribute("xmlns:v", "urn:schemas-microsoft-com:vml")
                .attribute("xmlns:o", "urn:schemas-microsoft-com:office:office")
                .attribute("xmlns:x", "urn:schemas-microsoft-com:office:excel");
        out.start("o:shapelayout")
                .attribute("v:ext", "edit")
                .start("o:idmap")
                .attribute("v:ext", "edit")
                .attribute("data", String.valueOf(drawing))
                .end("o:idmap")
                .end("o:shapelayout");
        out.start("v:shapetype")
                .attribute("id", "_x0000_t202")
                .attribute("coordsize", "21600,21600")
                .attribute("o:spt", "202")
                .attribute("path", "m,l,21600r21600,l21600,xe");
        out.start("v:stroke").attribute("joinstyle", "miter").end("v:stroke");
        out.start("v:path")
                .attribute("gradientshapeok", "t")
                .attribute("o:connecttype", "rect")
                .end("v:path");
        out.end("v:shapetype");
        int shape = drawing * 1024;
        for (MarkedCells.Marked cell : cells) {
            out.start("v:shape")
                    .attribute("id", "_x0000_s" + ++shape)
                    .attribute("type", "#_x0000_t202")
                    .attribute(
                            "style",
                            "position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:"
                                    + (shape - drawing * 1024) + ";visibility:hidden")
                    .attribute("fillcolor", "#ffffe1")
                    .attribute("o:insetmode", "auto");
            out.start("v:fill").attribute("color2", "#ffffe1").end("v:fill");
            out.start("v:shadow")
                    .attribute("on", "t")
                    .attribute("color", "black")
                    .attribute("obscured", "t")
                    .end("v:shadow");
            out.start("v:path").attribute("o:connecttype", "none").end("v:path");
            out.start("v:textbox")
                    .attribute("style", "mso-direction-alt:auto")
                    .start("div")
                    .attribute("style", "text-align:left")
                    .raw("")
                    .end("div")
                    .end("v:textbox");
            out.start("x:ClientData").attribute("ObjectType", "Note");
            out.start("x:MoveWithCells")
                    .end("x:MoveWithCells")
                    .start("x:SizeWithCells")
                    .end("x:SizeWithCells");
            out.textElement(
                    "x:Anchor",
                    (cell.column() + 1) + ", 0, " + cell.row() + ", 0, " + (cell.column() + 5) + ", 0, "
                            + (cell.row() + 5) + ", 0");
            out.textElement("x:AutoFill", "False");
            out.textElement("x:Row", String.valueOf(cell.row())).textElement("x:Column", String.valueOf(cell.column()));
            out.end("x:ClientData").end("v:shape");
        }
        return out.end("xml").bytes();
    }
}
