package org.huizong.form.write.feedback;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.CellAddress;
import org.huizong.form.write.CellNote;

/**
 * A worksheet copied with its marked cells highlighted — the cell's format copied with the highlight's fill, a
 * note not repainting a painted cell — the cells and rows created where missing (in order), the legacy drawing
 * that shows the comments referenced at its place in the element order, and its tab no longer selected.
 */
final class WorksheetEdit extends XmlPartEdit {

    /** The worksheet elements that come after {@code legacyDrawing}. */
    private static final Set<String> AFTER_LEGACY_DRAWING = Set.of(
            "legacyDrawingHF",
            "drawingHF",
            "picture",
            "oleObjects",
            "controls",
            "webPublishItems",
            "tableParts",
            "extLst");

    private final StyleAdditions styles;
    private final String drawingId;
    private final TreeMap<Integer, TreeMap<Integer, MarkedCells.Marked>> pendingRows;
    private final List<int[]> columnFormats = new ArrayList<>();
    private TreeMap<Integer, MarkedCells.Marked> pendingCells;
    private String prefix;
    private String section = "";
    private boolean drawingWritten;
    private int lastRow = -1;
    private int lastColumn = -1;
    private int rowFormat = -1;

    /**
     * @param marked    the cells to mark, or none
     * @param drawingId the relationship id of the sheet's comments drawing, or null when nothing is marked
     */
    WorksheetEdit(MarkedCells marked, StyleAdditions styles, String drawingId) {
        this.styles = styles;
        this.drawingId = drawingId;
        this.pendingRows = marked == null ? new TreeMap<>() : marked.byRow();
    }

    @Override
    protected boolean started(XMLStreamReader xml) throws IOException {
        String name = xml.getLocalName();
        if (depth == 1) {
            prefix = xml.getPrefix();
        } else if (depth == 2) {
            section = name;
            if (drawingId != null && !drawingWritten && AFTER_LEGACY_DRAWING.contains(name)) {
                writeDrawing();
            }
            if (name.equals("dimension") && !pendingRows.isEmpty() && xml.getAttributeValue(null, "ref") != null) {
                out.copyStart(xml, Map.of("ref", widened(xml.getAttributeValue(null, "ref"))));
                return true;
            }
        } else if (depth == 3 && section.equals("cols") && name.equals("col")) {
            columnFormats.add(new int[] {number(xml, "min"), number(xml, "max"), number(xml, "style")});
        } else if (depth == 3
                && section.equals("sheetViews")
                && name.equals("sheetView")
                && xml.getAttributeValue(null, "tabSelected") != null) {
            out.copyStart(xml, Collections.singletonMap("tabSelected", null));
            return true;
        } else if (depth == 3 && section.equals("sheetData") && name.equals("row")) {
            return row(xml);
        } else if (depth == 4 && section.equals("sheetData") && pendingCells != null) {
            if (name.equals("c")) {
                return cell(xml);
            }
            writeCellsBefore(Integer.MAX_VALUE);
        }
        return false;
    }

    @Override
    protected void ending(XMLStreamReader xml) throws IOException {
        if (depth == 3 && section.equals("sheetData") && pendingCells != null) {
            writeCellsBefore(Integer.MAX_VALUE);
            pendingCells = null;
        } else if (depth == 2 && section.equals("sheetData")) {
            writeRowsBefore(Integer.MAX_VALUE);
        } else if (depth == 1 && drawingId != null && !drawingWritten) {
            writeDrawing();
        }
    }

    @Override
    protected void finished() throws DeclinedPackageException {
        if (!pendingRows.isEmpty()) {
            throw new DeclinedPackageException("worksheet without sheetData");
        }
    }

    private boolean row(XMLStreamReader xml) throws IOException {
        String r = xml.getAttributeValue(null, "r");
        int row = r == null ? lastRow + 1 : Integer.parseInt(r.strip()) - 1;
        if (row <= lastRow) {
            throw new DeclinedPackageException("rows out of order at " + (row + 1));
        }
        writeRowsBefore(row);
        lastRow = row;
        lastColumn = -1;
        pendingCells = pendingRows.remove(row);
        String customFormat = xml.getAttributeValue(null, "customFormat");
        boolean formatted = "1".equals(customFormat) || "true".equals(customFormat);
        rowFormat = formatted ? number(xml, "s") : -1;
        if (pendingCells == null && r != null) {
            return false;
        }
        Map<String, String> changes = new HashMap<>();
        changes.put("r", String.valueOf(row + 1));
        if (pendingCells != null) {
            changes.put("spans", null);
        }
        out.copyStart(xml, changes);
        return true;
    }

    private boolean cell(XMLStreamReader xml) throws IOException {
        String r = xml.getAttributeValue(null, "r");
        int column = r == null ? lastColumn + 1 : CellAddress.parse(r.strip()).column();
        if (column <= lastColumn) {
            throw new DeclinedPackageException("cells out of order in row " + (lastRow + 1));
        }
        writeCellsBefore(column);
        lastColumn = column;
        Map<String, String> changes = new HashMap<>();
        changes.put("r", new CellAddress(lastRow, column).a1());
        MarkedCells.Marked marked = pendingCells.remove(column);
        if (marked != null) {
            int format = number(xml, "s");
            int highlighted = highlighted(format, marked.notes());
            if (highlighted != format) {
                changes.put("s", String.valueOf(highlighted));
            }
        }
        out.copyStart(xml, changes);
        return true;
    }

    /** The format after the notes, in order: each highlights the cell unless it is a note on a painted cell. */
    private int highlighted(int format, List<CellNote> notes) throws DeclinedPackageException {
        int current = format;
        for (CellNote note : notes) {
            if (note.level() != CellNote.Level.NOTE || !styles.painted(current)) {
                current = styles.highlighted(current, note.level());
            }
        }
        return current;
    }

    private void writeRowsBefore(int row) throws DeclinedPackageException {
        while (!pendingRows.isEmpty() && pendingRows.firstKey() < row) {
            Map.Entry<Integer, TreeMap<Integer, MarkedCells.Marked>> created = pendingRows.pollFirstEntry();
            String element = XmlMarkup.qualified(prefix, "row");
            out.start(element).attribute("r", String.valueOf(created.getKey() + 1));
            for (MarkedCells.Marked marked : created.getValue().values()) {
                writeCell(marked, columnFormat(marked.column()));
            }
            out.end(element);
        }
    }

    private void writeCellsBefore(int column) throws DeclinedPackageException {
        while (!pendingCells.isEmpty() && pendingCells.firstKey() < column) {
            MarkedCells.Marked marked = pendingCells.pollFirstEntry().getValue();
            writeCell(marked, rowFormat >= 0 ? rowFormat : columnFormat(marked.column()));
        }
    }

    /** A cell that was not there, in the format Excel shows it in (its row's or its column's). */
    private void writeCell(MarkedCells.Marked marked, int format) throws DeclinedPackageException {
        String element = XmlMarkup.qualified(prefix, "c");
        out.start(element).attribute("r", marked.a1());
        int highlighted = highlighted(format, marked.notes());
        if (highlighted != 0) {
            out.attribute("s", String.valueOf(highlighted));
        }
        out.end(element);
    }

    /** The used range {@code ref} widened to take in the marked cells, which may be created. */
    private String widened(String ref) {
        String[] corners = ref.split(":");
        CellAddress from = CellAddress.parse(corners[0]);
        CellAddress to = CellAddress.parse(corners[corners.length - 1]);
        int left = from.column();
        int right = to.column();
        for (TreeMap<Integer, MarkedCells.Marked> cells : pendingRows.values()) {
            left = Math.min(left, cells.firstKey());
            right = Math.max(right, cells.lastKey());
        }
        CellAddress first = new CellAddress(Math.min(from.row(), pendingRows.firstKey()), left);
        CellAddress last = new CellAddress(Math.max(to.row(), pendingRows.lastKey()), right);
        return first.equals(last) ? first.a1() : first.a1() + ":" + last.a1();
    }

    private int columnFormat(int column) {
        for (int[] range : columnFormats) {
            if (column + 1 >= range[0] && column + 1 <= range[1]) {
                return range[2];
            }
        }
        return 0;
    }

    private void writeDrawing() {
        String element = XmlMarkup.qualified(prefix, "legacyDrawing");
        out.start(element)
                .attribute("xmlns:r", Relationships.OFFICE)
                .attribute("r:id", drawingId)
                .end(element);
        drawingWritten = true;
    }

    private static int number(XMLStreamReader xml, String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        return value == null ? 0 : Integer.parseInt(value.strip());
    }
}
