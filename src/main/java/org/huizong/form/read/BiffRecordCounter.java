package org.huizong.form.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Counts the sheets, rows and cells of a legacy .xls with POI's event API (records streamed, no workbook model), so
 * an .xls that {@link BiffGridReader} leaves to the workbook library is refused before the library loads it when it
 * is beyond the limits.
 */
final class BiffRecordCounter {

    private final WorkbookLimits limits;

    BiffRecordCounter(WorkbookLimits limits) {
        this.limits = limits;
    }

    void count(Path file) throws WorkbookTooLargeException {
        Listener listener = new Listener();
        try (InputStream in = Files.newInputStream(file);
                POIFSFileSystem fs = new POIFSFileSystem(in)) {
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(listener);
            new HSSFEventFactory().abortableProcessWorkbookEvents(request, fs);
        } catch (IOException | RuntimeException e) {
            return; // not countable as BIFF8: the workbook loader decides what the file is
        } catch (org.apache.poi.hssf.eventusermodel.HSSFUserException e) {
            return;
        }
        if (listener.problem != null) {
            throw listener.problem;
        }
    }

    private final class Listener extends AbortableHSSFListener {

        private int sheets;
        private int cells;
        private WorkbookTooLargeException problem;

        @Override
        public short abortableProcessRecord(Record record) {
            if (record instanceof BOFRecord bof
                    && bof.getType() == BOFRecord.TYPE_WORKSHEET
                    && ++sheets > limits.maxSheets()) {
                problem = new WorkbookTooLargeException(FileProblem.SHEETS_COUNTED, limits.maxSheets());
            } else if (record instanceof CellValueRecordInterface cell) {
                if (cell.getRow() >= limits.maxRowsPerSheet()) {
                    problem = new WorkbookTooLargeException(
                            FileProblem.ROWS, cell.getRow() + 1, limits.maxRowsPerSheet());
                } else if (++cells > limits.maxCells()) {
                    problem = new WorkbookTooLargeException(FileProblem.CELLS, limits.maxCells());
                }
            }
            return (short) (problem == null ? 0 : 1);
        }
    }
}
