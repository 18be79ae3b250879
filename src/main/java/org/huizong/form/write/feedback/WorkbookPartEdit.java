package org.huizong.form.write.feedback;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamReader;

/** The workbook part with sheets appended to {@code <sheets>} and the active tab set in every workbook view. */
final class WorkbookPartEdit extends XmlPartEdit {

    /** A sheet to append: its name, its sheetId and the id of the workbook's relationship to its part. */
    record AddedSheet(String name, int sheetId, String relationshipId) {
    }

    private final List<AddedSheet> added;
    private final int activeTab;
    private boolean views;

    WorkbookPartEdit(List<AddedSheet> added, int activeTab) {
        this.added = added;
        this.activeTab = activeTab;
    }

    @Override
    protected boolean started(XMLStreamReader xml) throws IOException {
        if (depth == 2 && xml.getLocalName().equals("bookViews")) {
            views = true;
        } else if (depth == 3 && xml.getLocalName().equals("workbookView")) {
            out.copyStart(xml, Map.of("activeTab", String.valueOf(activeTab)));
            return true;
        } else if (depth == 2 && xml.getLocalName().equals("sheets") && !views) {
            String bookViews = sibling(xml, "bookViews");
            String view = sibling(xml, "workbookView");
            out.start(bookViews).start(view).attribute("activeTab", String.valueOf(activeTab)).end(view).end(bookViews);
        }
        return false;
    }

    @Override
    protected void ending(XMLStreamReader xml) throws IOException {
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
}
