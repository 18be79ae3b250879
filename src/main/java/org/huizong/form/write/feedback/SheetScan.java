package org.huizong.form.write.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.CellAddress;
import org.huizong.form.SafeXmlInput;
import org.huizong.form.read.MergedRegion;

/**
 * A first look at a worksheet that gets notes: its merged regions (listed after the cells, but needed before them),
 * and what the streamed writer declines — a sheet already carrying a legacy drawing (its comments), or top-level
 * alternate content whose place in the element order it cannot tell.
 */
final class SheetScan {

    private SheetScan() {}

    /** The merged regions of a worksheet part that the streamed writer can annotate. */
    static List<MergedRegion> mergedRegions(byte[] sheet, String part) throws IOException {
        List<MergedRegion> regions = new ArrayList<>();
        try {
            XMLStreamReader xml = SafeXmlInput.open(new ByteArrayInputStream(sheet));
            int depth = 0;
            while (xml.hasNext()) {
                int event = SafeXmlInput.next(xml);
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                String name = xml.getLocalName();
                if (depth == 1 && !WorkbookLayout.MAIN.equals(xml.getNamespaceURI())) {
                    throw new DeclinedPackageException(part + " namespace " + xml.getNamespaceURI());
                } else if (depth == 2 && (name.equals("legacyDrawing") || name.equals("AlternateContent"))) {
                    throw new DeclinedPackageException(part + " has " + name);
                } else if (name.equals("mergeCell") && xml.getAttributeValue(null, "ref") != null) {
                    regions.add(region(xml.getAttributeValue(null, "ref")));
                }
            }
            xml.close();
        } catch (XMLStreamException | IllegalArgumentException e) { // unparsable XML, a malformed number or reference
            throw new DeclinedPackageException(part + ": " + e);
        }
        return regions;
    }

    private static MergedRegion region(String ref) {
        String[] corners = ref.split(":");
        CellAddress from = CellAddress.parse(corners[0]);
        CellAddress to = CellAddress.parse(corners[corners.length - 1]);
        return new MergedRegion(from.row(), to.row(), from.column(), to.column());
    }
}
