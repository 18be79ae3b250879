package org.huizong.form.write.feedback;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.SafeXmlInput;

/**
 * Where things are in a transitional .xlsx package: the workbook part and its relationships, the styles part and
 * each sheet's part in workbook order. Strict OOXML, and anything a sheet or relationship cannot be found for, is
 * declined.
 */
final class WorkbookLayout {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String STRICT = "http://purl.oclc.org/ooxml/";

    /** A sheet of the workbook; {@code worksheet} is false for chart and dialog sheets. */
    record Sheet(String name, int index, String part, boolean worksheet) {}

    private final String part;
    private final Relationships relationships;
    private final List<Sheet> sheets = new ArrayList<>();
    private int largestSheetId;

    private WorkbookLayout(String part, Relationships relationships) {
        this.part = part;
        this.relationships = relationships;
    }

    static WorkbookLayout of(PackageParts parts) throws IOException {
        Relationships root = Relationships.of(parts, "");
        if (root.anyTypeStartsWith(STRICT)) {
            throw new DeclinedPackageException("strict OOXML");
        }
        Relationships.Relationship office = root.ofType(Relationships.OFFICE + "/officeDocument");
        if (office == null || office.part() == null) {
            throw new DeclinedPackageException("no workbook part");
        }
        WorkbookLayout layout = new WorkbookLayout(office.part(), Relationships.of(parts, office.part()));
        layout.readSheets(parts);
        return layout;
    }

    private void readSheets(PackageParts parts) throws IOException {
        XMLStreamReader xml = parts.xml(part);
        try {
            while (xml.hasNext()) {
                if (SafeXmlInput.next(xml) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbook") && !MAIN.equals(xml.getNamespaceURI())) {
                    throw new DeclinedPackageException("workbook namespace " + xml.getNamespaceURI());
                }
                if (xml.getLocalName().equals("sheet")) {
                    String id = xml.getAttributeValue(Relationships.OFFICE, "id");
                    Relationships.Relationship relationship = id == null ? null : relationships.byId(id);
                    if (relationship == null || relationship.part() == null || !parts.has(relationship.part())) {
                        throw new DeclinedPackageException("no part for sheet " + xml.getAttributeValue(null, "name"));
                    }
                    sheets.add(new Sheet(
                            xml.getAttributeValue(null, "name"),
                            sheets.size(),
                            relationship.part(),
                            Relationships.WORKSHEET.equals(relationship.type())));
                    largestSheetId = Math.max(largestSheetId, Integer.parseInt(xml.getAttributeValue(null, "sheetId")));
                }
            }
            xml.close();
        } catch (XMLStreamException | IllegalArgumentException e) { // unparsable XML, a malformed number or reference
            throw new DeclinedPackageException(part + ": " + e);
        }
    }

    String part() {
        return part;
    }

    Relationships relationships() {
        return relationships;
    }

    List<Sheet> sheets() {
        return sheets;
    }

    int largestSheetId() {
        return largestSheetId;
    }

    /** The sheet of this name, as Excel compares names (ignoring case); null when there is none. */
    Sheet sheet(String name) {
        return sheets.stream()
                .filter(s -> s.name().equalsIgnoreCase(name))
                .findFirst()
                .orElse(null);
    }

    String stylesPart() throws DeclinedPackageException {
        Relationships.Relationship styles = relationships.ofType(Relationships.OFFICE + "/styles");
        if (styles == null || styles.part() == null) {
            throw new DeclinedPackageException("no styles part");
        }
        return styles.part();
    }

    /** The folder new worksheets go to: that of the first worksheet, or {@code worksheets/} beside the workbook. */
    String worksheetFolder() {
        return sheets.stream()
                .filter(Sheet::worksheet)
                .map(s -> PackageParts.folderOf(s.part()))
                .findFirst()
                .orElse(PackageParts.folderOf(part) + "worksheets/");
    }
}
