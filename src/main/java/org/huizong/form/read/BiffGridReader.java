package org.huizong.form.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DrawingGroupRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;

/**
 * Reads a legacy .xls (BIFF8) in one pass over its records with POI's event API — no workbook model — into the
 * {@link CellGrid}s the workbook library would give: every worksheet in workbook order with its name, cells and
 * merged regions ({@link BiffSheet}), formula cells with their cached result and formula text ({@link BiffFormulas}).
 * It counts the limits as it reads, where {@link BiffRecordCounter} counts them: the worksheets (refused in the words
 * of the workbook library, as for an .xlsx), and the row and the count of every cell record; the cells the library
 * would count besides (the blanks of a run of blank cells) are counted at the end. It declines
 * ({@link FastPathDeclined}) a file it cannot read exactly as the library would — not a complete BIFF8 workbook
 * stream (encrypted with a password, BIFF5, cut short, not OLE2), a chart or macro sheet, a record out of the place
 * the library expects it, a formula the library would not render — and leaves it to the library. So it does a workbook with formulas whose saved
 * results it does not vouch for ({@link BiffSheet#staleFormulas()}), for the library to work them out.
 */
final class BiffGridReader implements GridReader {

    private final WorkbookLimits limits;

    BiffGridReader(WorkbookLimits limits) {
        this.limits = limits;
    }

    /**
     * The grids of every sheet in workbook order.
     *
     * @throws FastPathDeclined when the file is left to the workbook library
     * @throws WorkbookTooLargeException when the workbook has more sheets, a sheet more rows, or the workbook more
     *                                   cells than the limits allow
     */
    @Override
    public List<CellGrid> read(Path file) throws WorkbookTooLargeException, FastPathDeclined {
        Listener listener = new Listener();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(listener);
            new HSSFEventFactory().abortableProcessWorkbookEvents(request, fs);
        } catch (IOException
                | HSSFUserException
                | BiffSheet.Declined
                | EncryptedDocumentException
                | UnsupportedFileFormatException
                | RecordFormatException
                | RecordInputStream.LeftoverDataException
                | IndexOutOfBoundsException e) {
            // what the event API throws on a file that is not a whole BIFF8 workbook: encrypted, BIFF5, not OLE2,
            // records cut or mangled, a file cut short (a block of the file system not found)
            throw new FastPathDeclined(FastPathDeclined.Reason.NOT_COVERED, e.toString(), e);
        }
        List<CellGrid> grids = listener.grids();
        if (grids == null) {
            throw new FastPathDeclined(FastPathDeclined.Reason.NOT_COVERED, "the workbook stream ended early");
        }
        if (listener.staleFormulas) {
            throw new FastPathDeclined(FastPathDeclined.Reason.FORMULA_TO_WORK_OUT, "formula results to work out");
        }
        return grids;
    }

    private final class Listener extends AbortableHSSFListener {

        private final CellBudget budget = new CellBudget(limits);
        private final List<Record> globals = new ArrayList<>();
        private final List<String> sheetNames = new ArrayList<>();
        private final List<CellGrid> grids = new ArrayList<>();
        private SSTRecord strings;
        private BiffFormulas formulas;
        private BiffSheet sheet;
        private int depth;
        private long libraryCells;
        private WorkbookTooLargeException tooLarge;
        private boolean staleFormulas;

        @Override
        public short abortableProcessRecord(Record record) {
            try {
                process(record);
                return 0;
            } catch (WorkbookTooLargeException e) {
                tooLarge = e;
                return 1;
            }
        }

        List<CellGrid> grids() throws WorkbookTooLargeException {
            if (tooLarge != null) {
                throw tooLarge;
            }
            if (depth != 0 || formulas == null || grids.size() != sheetNames.size()) {
                return null; // the stream ended early
            }
            new CellBudget(limits).cells(libraryCells);
            return grids;
        }

        private void process(Record record) throws WorkbookTooLargeException {
            if (record instanceof CellValueRecordInterface cell) {
                budget.row(cell.getRow() + 1);
                budget.cell();
            }
            if (record instanceof BOFRecord bof) {
                begin(bof);
            } else if (record instanceof EOFRecord) {
                end();
            } else if (depth == 1 && sheet != null) {
                sheet.record(record);
            } else if (depth == 1 && formulas == null) {
                global(record);
            } else if (depth < 1) {
                throw BiffSheet.declined("a record outside any substream");
            } // deeper: a chart's own records, no cells of the sheet
        }

        private void begin(BOFRecord bof) throws WorkbookTooLargeException {
            if (depth++ > 0) {
                if (sheet == null) {
                    throw BiffSheet.declined("a substream inside the workbook globals");
                }
                sheet.embedded();
            } else if (globals.isEmpty()) {
                if (bof.getType() != BOFRecord.TYPE_WORKBOOK || bof.getVersion() != BOFRecord.VERSION) {
                    throw BiffSheet.declined("not a BIFF8 workbook stream");
                }
                globals.add(bof);
            } else {
                if (formulas == null
                        || bof.getType() != BOFRecord.TYPE_WORKSHEET
                        || grids.size() >= sheetNames.size()) {
                    throw BiffSheet.declined("a substream other than the workbook's worksheets");
                }
                if (grids.size() >= limits.maxSheets()) {
                    throw new WorkbookTooLargeException(FileProblem.SHEETS, sheetNames.size(), limits.maxSheets());
                }
                sheet = new BiffSheet(sheetNames.get(grids.size()), strings);
            }
        }

        private void end() {
            if (--depth > 0) {
                return;
            }
            if (depth < 0) {
                throw BiffSheet.declined("an end without a beginning");
            }
            if (sheet != null) {
                grids.add(sheet.grid(formulas));
                staleFormulas |= !sheet.staleFormulas().isEmpty();
                libraryCells += sheet.positions();
                sheet = null;
            } else {
                globals.add(EOFRecord.instance);
                formulas = new BiffFormulas(globals);
            }
        }

        private void global(Record record) {
            if (record instanceof BoundSheetRecord bound) {
                sheetNames.add(bound.getSheetname());
            } else if (record instanceof SSTRecord sst) {
                strings = sst;
            }
            if (!(record instanceof DrawingGroupRecord)) {
                globals.add(record); // the pictures it holds are of no use to the formula renderer
            }
        }
    }
}
