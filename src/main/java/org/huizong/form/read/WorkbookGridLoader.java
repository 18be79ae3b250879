package org.huizong.form.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.huizong.form.FastPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every sheet of an .xlsx or .xls file into a {@link CellGrid}: the package is checked against the limits, then
 * the file is read by the streamed reader of its kind ({@link OoxmlGridReader}, {@link BiffGridReader}), the fast
 * path. A file the streamed reader declines ({@link FastPathDeclined}) is read by the workbook library
 * ({@link LibraryGridReader}), the reference, which also says what is wrong with a file that is no workbook. Every
 * decline is logged with the file and why, an unexpected one with its stack, and counted
 * ({@link FastPath#STREAMED_READER}).
 */
public final class WorkbookGridLoader {

    private static final Logger log = LoggerFactory.getLogger(WorkbookGridLoader.class);

    private final WorkbookPackageCheck packageCheck;
    private final GridReader streamedXlsx;
    private final GridReader streamedXls;
    private final LibraryGridReader reference;

    public WorkbookGridLoader(WorkbookLimits limits) {
        this(limits, new OoxmlGridReader(limits), new BiffGridReader(limits));
    }

    /** With other fast paths for .xlsx and .xls files; the reference stays the workbook library. */
    WorkbookGridLoader(WorkbookLimits limits, GridReader streamedXlsx, GridReader streamedXls) {
        this.packageCheck = new WorkbookPackageCheck(limits);
        this.streamedXlsx = streamedXlsx;
        this.streamedXls = streamedXls;
        this.reference = new LibraryGridReader(limits);
    }

    public List<CellGrid> load(Path file) throws UnreadableWorkbookException, WorkbookTooLargeException {
        WorkbookPackageCheck.Kind kind;
        try {
            kind = packageCheck.check(file);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        try {
            return (kind == WorkbookPackageCheck.Kind.XLSX ? streamedXlsx : streamedXls).read(file);
        } catch (FastPathDeclined e) {
            declined(file, e);
        } catch (RuntimeException e) {
            declined(file, new FastPathDeclined(FastPathDeclined.Reason.UNEXPECTED, e.toString(), e));
        }
        return reference.read(file);
    }

    private static void declined(Path file, FastPathDeclined decline) {
        FastPath.STREAMED_READER.recordDecline();
        if (decline.reason() == FastPathDeclined.Reason.UNEXPECTED) {
            log.warn(
                    "{}: read by the workbook library, the streamed reader failed unexpectedly",
                    file.getFileName(),
                    decline.getCause());
        } else {
            log.info(
                    "{}: read by the workbook library ({}: {})",
                    file.getFileName(),
                    decline.reason(),
                    decline.getMessage());
        }
    }
}
