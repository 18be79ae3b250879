package org.huizong.form.read;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.huizong.form.SafeXmlInput;

/**
 * Counts the rows and cells of an .xlsx sheet by streaming its XML, before any workbook model is built, so a sheet
 * beyond the limits is refused in constant memory. DTDs and external entities are refused outright.
 */
final class SheetXmlCounter {

    private static final XMLInputFactory FACTORY = SafeXmlInput.factory();

    private final WorkbookLimits limits;
    private int cells;

    SheetXmlCounter(WorkbookLimits limits) {
        this.limits = limits;
    }

    /** Adds this sheet's cells to the workbook's count; throws as soon as a limit is passed. */
    void count(String sheetEntry, InputStream xml) throws WorkbookTooLargeException, UnreadableWorkbookException {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(xml);
            try {
                int rows = 0;
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
                        if (rows > limits.maxRowsPerSheet()) {
                            throw new WorkbookTooLargeException("工作表有" + rows + "行以上，超过上限" + limits.maxRowsPerSheet() + "行");
                        }
                    } else if (name.equals("c") && ++cells > limits.maxCells()) {
                        throw new WorkbookTooLargeException("单元格超过" + limits.maxCells() + "个");
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
