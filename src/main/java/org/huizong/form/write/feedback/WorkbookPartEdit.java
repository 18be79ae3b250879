package org.huizong.form.write.feedback;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * The workbook part with sheets appended to {@code <sheets>}, the active tab set in every workbook view, and the
 * rows each appended sheet repeats on every printed page ({@code _xlnm.Print_Titles}), in {@code <definedNames>} where
 * the schema puts it: inside the workbook's own, or before the first element that follows it.
 */
final class WorkbookPartEdit extends XmlPartEdit {

    /**
     * A sheet to append: its name, its sheetId, the id of the workbook's relationship to its part, and how many rows
     * from its top each printed page repeats (0: none).
     */
    record AddedSheet(String name, int sheetId, String relationshipId, int titleRows) {}

    /** The workbook's children that the schema puts after {@code <definedNames>}. */
    private static final java.util.Set<String> AFTER_NAMES = java.util.Set.of(
            "calcPr",
            "oleSize",
            "customWorkbookViews",
            "pivotCaches",
            "smartTagPr",
            "smartTagTypes",
            "webPublishing",
            "fileRecoveryPr",
            "webPublishObjects",
            "extLst");

    private final List<AddedSheet> added;
    private final int activeTab;
    private boolean views;
    private boolean namesWritten;

    WorkbookPartEdit(List<AddedSheet> added, int activeTab) {
        this.added = added;
        this.activeTab = activeTab;
    }

    @Override
    protected boolean started(XMLStreamReader xml) throws IOException {
        if (depth == 2 && !namesWritten && AFTER_NAMES.contains(xml.getLocalName())) {
            String names = sibling(xml, "definedNames");
            out.start(names);
            printTitles(xml);
            out.end(names);
            namesWritten = true;
        }
        if (depth == 2 && xml.getLocalName().equals("bookViews")) {
            views = true;
        } else if (depth == 3 && xml.getLocalName().equals("workbookView")) {
            out.copyStart(xml, Map.of("activeTab", String.valueOf(activeTab)));
            return true;
        } else if (depth == 2 && xml.getLocalName().equals("sheets") && !views) {
            String bookViews = sibling(xml, "bookViews");
            String view = sibling(xml, "workbookView");
            out.start(bookViews)
                    .start(view)
                    .attribute("activeTab", String.valueOf(activeTab))
                    .end(view)
                    .end(bookViews);
        }
        return false;
    }

    @Override
    protected void ending(XMLStreamReader xml) throws IOException {
        if (depth == 2 && xml.getLocalName().equals("definedNames") && !namesWritten) {
            printTitles(xml);
            namesWritten = true;
        }
        if (depth == 1 && !namesWritten) {
            String names = sibling(xml, "definedNames");
            out.start(names);
            printTitles(xml);
            out.end(names);
            namesWritten = true;
        }
        if (depth != 2 || !xml.getLocalName().equals("sheets")) {
            return;
        }
        String prefix = xml.getNamespaceContext().getPrefix(Relationships.OFFICE);
        for (AddedSheet sheet : added) {
            String element = sibling(xml, "sheet");
            out.start(element).attribute("name", sheet.name()).attribute("sheetId", String.valueOf(sheet.sheetId()));
            if (prefix == null || prefix.isEmpty()) {
                out.attribute("xmlns:r", Relationships.OFFICE).attribute("r:id", sheet.relationshipId());
            } else {
                out.attribute(prefix + ":id", sheet.relationshipId());
            }
            out.end(element);
        }
    }

    /** The appended sheets' print titles; an appended sheet's index follows the workbook's own sheets. */
    private void printTitles(XMLStreamReader xml) {
        String element = sibling(xml, "definedName");
        for (int i = 0; i < added.size(); i++) {
            AddedSheet sheet = added.get(i);
            if (sheet.titleRows() > 0) {
                out.start(element)
                        .attribute("name", "_xlnm.Print_Titles")
                        .attribute("localSheetId", String.valueOf(activeTab + i))
                        .text("'" + sheet.name().replace("'", "''") + "'!$1:$" + sheet.titleRows())
                        .end(element);
            }
        }
    }
}
