package org.huizong.form.write.feedback;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.write.CellNote;

/**
 * The fonts, fills, borders and cell formats the feedback adds to the styles part, appended after the original
 * ones so every existing style index keeps its meaning: a highlighted copy of a cell's format (its fill replaced),
 * and the header and body formats of the added sheets.
 */
final class StyleAdditions {

    private static final int GREY_25_PERCENT = 22;
    private static final List<String> SECTIONS = List.of("fonts", "fills", "borders", "cellXfs");

    /** A cell format added: its markup, the original format it copies (-1 for none) and whether it is painted. */
    private record AddedFormat(String markup, int original, boolean painted) {}

    private final StyleSheetFacts facts;
    private final String p;
    private final Map<String, List<String>> added = new HashMap<>();
    private final List<AddedFormat> formats = new ArrayList<>();
    private final Map<CellNote.Level, Integer> highlightFills = new EnumMap<>(CellNote.Level.class);
    private final Map<Long, Integer> highlighted = new HashMap<>();
    private int tableHeader = -1;
    private int tableBody = -1;
    private int tableLine = -1;

    StyleAdditions(StyleSheetFacts facts) {
        this.facts = facts;
        this.p = facts.prefix().isEmpty() ? "" : facts.prefix() + ":";
        SECTIONS.forEach(section -> added.put(section, new ArrayList<>()));
    }

    /** Whether cells of this format are painted (a highlight copy always is). */
    boolean painted(int format) throws DeclinedPackageException {
        return format < facts.cellFormatCount()
                ? facts.painted(format)
                : addedFormat(format).painted();
    }

    /** The format of {@code format} filled for a note of this level; one per original format and level. */
    int highlighted(int format, CellNote.Level level) throws DeclinedPackageException {
        int original =
                format < facts.cellFormatCount() ? format : addedFormat(format).original();
        Integer known = highlighted.get(original * 4L + level.ordinal());
        if (known != null) {
            return known;
        }
        Integer fill = highlightFills.get(level);
        if (fill == null) {
            fill = add("fills", solidFill(level.fill()));
            highlightFills.put(level, fill);
        }
        int index = addFormat(new AddedFormat(copy(facts.cellFormat(original), fill), original, true));
        highlighted.put(original * 4L + level.ordinal(), index);
        return index;
    }

    /** The format of an added sheet's header row: bold, grey, bordered, centred. */
    int tableHeader() throws DeclinedPackageException {
        addTableFormats();
        return tableHeader;
    }

    /** The format of an added sheet's data rows: bordered, left-aligned, wrapped. */
    int tableBody() throws DeclinedPackageException {
        addTableFormats();
        return tableBody;
    }

    /** The format of the lines above an added sheet's table: bold, not wrapped (a line runs on over the empty cells). */
    int tableLine() throws DeclinedPackageException {
        addTableFormats();
        return tableLine;
    }

    private void addTableFormats() throws DeclinedPackageException {
        if (tableHeader >= 0) {
            return;
        }
        int font = add(
                "fonts",
                "<" + p + "font><" + p + "b/><" + p + "sz val=\"11\"/><" + p + "name val=\"宋体\"/></" + p + "font>");
        int fill = add("fills", solidFill(GREY_25_PERCENT));
        StringBuilder border = new StringBuilder("<" + p + "border>");
        for (String side : List.of("left", "right", "top", "bottom")) {
            border.append('<').append(p).append(side).append(" style=\"thin\"/>");
        }
        int borderId = add(
                "borders",
                border.append('<')
                        .append(p)
                        .append("diagonal/></")
                        .append(p)
                        .append("border>")
                        .toString());
        tableHeader = addFormat(new AddedFormat(tableFormat(font, fill, borderId, "center"), -1, true));
        tableBody = addFormat(new AddedFormat(tableFormat(0, 0, borderId, "left"), -1, false));
        String styleReference = facts.count("cellStyleXfs") > 0 ? " xfId=\"0\"" : "";
        tableLine = addFormat(new AddedFormat(
                "<" + p + "xf numFmtId=\"0\" fontId=\"" + font + "\" fillId=\"0\" borderId=\"0\"" + styleReference
                        + " applyFont=\"1\"/>",
                -1,
                false));
    }

    private String tableFormat(int font, int fill, int border, String alignment) {
        String styleReference = facts.count("cellStyleXfs") > 0 ? " xfId=\"0\"" : "";
        return "<" + p + "xf numFmtId=\"0\" fontId=\"" + font + "\" fillId=\"" + fill + "\" borderId=\"" + border + "\""
                + styleReference + (font > 0 ? " applyFont=\"1\"" : "") + (fill > 0 ? " applyFill=\"1\"" : "")
                + " applyBorder=\"1\" applyAlignment=\"1\"><" + p + "alignment horizontal=\"" + alignment
                + "\" vertical=\"center\" wrapText=\"1\"/></" + p + "xf>";
    }

    private String solidFill(int paletteIndex) {
        return "<" + p + "fill><" + p + "patternFill patternType=\"solid\"><" + p + "fgColor indexed=\"" + paletteIndex
                + "\"/><" + p + "bgColor indexed=\"64\"/></" + p + "patternFill></" + p + "fill>";
    }

    /** The original format with another fill, applied. */
    private String copy(StyleSheetFacts.CellFormat format, int fill) {
        XmlMarkup markup = new XmlMarkup(256).start(p + "xf");
        boolean applyWritten = false;
        for (String[] attribute : format.attributes()) {
            if (attribute[0].equals("fillId")) {
                markup.attribute("fillId", String.valueOf(fill));
            } else if (attribute[0].equals("applyFill")) {
                markup.attribute("applyFill", "1");
                applyWritten = true;
            } else {
                markup.attribute(attribute[0], attribute[1]);
            }
        }
        if (format.attributes().stream().noneMatch(a -> a[0].equals("fillId"))) {
            markup.attribute("fillId", String.valueOf(fill));
        }
        if (!applyWritten) {
            markup.attribute("applyFill", "1");
        }
        if (!format.inner().isEmpty()) {
            markup.raw(format.inner());
        }
        return markup.end(p + "xf").text();
    }

    private int add(String section, String markup) throws DeclinedPackageException {
        if (facts.count(section) < 0) {
            throw new DeclinedPackageException("styles without " + section);
        }
        added.get(section).add(markup);
        return facts.count(section) + added.get(section).size() - 1;
    }

    private int addFormat(AddedFormat format) throws DeclinedPackageException {
        formats.add(format);
        return add("cellXfs", format.markup());
    }

    private AddedFormat addedFormat(int format) throws DeclinedPackageException {
        int at = format - facts.cellFormatCount();
        if (at < 0 || at >= formats.size()) {
            throw new DeclinedPackageException("cell format " + format);
        }
        return formats.get(at);
    }

    /** The styles part with the additions appended to their sections and the counts brought up to date. */
    byte[] written(byte[] styles) throws IOException {
        if (added.values().stream().allMatch(List::isEmpty)) {
            return styles;
        }
        return new XmlPartEdit() {
            @Override
            protected boolean started(XMLStreamReader xml) throws IOException {
                List<String> additions = depth == 2 ? added.get(xml.getLocalName()) : null;
                if (additions == null || additions.isEmpty()) {
                    return false;
                }
                out.copyStart(xml, Map.of("count", String.valueOf(facts.count(xml.getLocalName()) + additions.size())));
                return true;
            }

            @Override
            protected void ending(XMLStreamReader xml) {
                List<String> additions = depth == 2 ? added.get(xml.getLocalName()) : null;
                if (additions != null) {
                    for (String markup : additions) {
                        out.raw(markup);
                    }
                }
            }
        }.apply(styles);
    }
}
