package org.huizong.form.read;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.SafeXmlInput;

/**
 * Counts the rows and cells of an .xlsx sheet by streaming its XML before the workbook library builds its model of
 * the package, so a sheet beyond the limits is refused in constant memory. DTDs and external entities are refused
 * outright. (The streaming reader counts as it reads, in {@link SheetCells}.)
 */
final class SheetXmlCounter {

    private static final XMLInputFactory FACTORY = SafeXmlInput.factory();

    private final CellBudget budget;

    SheetXmlCounter(WorkbookLimits limits) {
        this.budget = new CellBudget(limits);
    }

    /** Adds this sheet's cells to the workbook's count; throws as soon as a limit is passed. */
    void count(String sheetEntry, InputStream xml) throws WorkbookTooLargeException, UnreadableWorkbookException {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(xml);
            try {
                int rows = 0;
                int counted = 0;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new UnreadableWorkbookException("DTD in " + sheetEntry, null);
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = reader.getLocalName();
                    if (name.equals("row")) {
                        String r = reader.getAttributeValue(null, "r");
                        rows = r == null ? rows + 1 : Math.max(rows, parse(r));
                    } else if (name.equals("c")) {
                        budget.cell();
                        if (rows != counted) { // a row without cells is not counted
                            budget.row(rows);
                            counted = rows;
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new UnreadableWorkbookException("sheet XML: " + e.getMessage(), e);
        }
    }

    private static int parse(String row) {
        try {
            return Integer.parseInt(row);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
