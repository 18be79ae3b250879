package org.huizong.form.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.huizong.form.FastPath;
import org.huizong.form.write.feedback.DeclinedPackageException;
import org.huizong.form.write.feedback.StreamedFeedbackWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbook a bureau gets back: its own workbook, unchanged but for each problem cell highlighted (red for what
 * must be corrected, orange for warnings, blue for notes) with the message as a comment, plus a 问题清单 sheet.
 * An .xlsx is written by the fast path ({@link StreamedFeedbackWriter}); an .xls (not a zip package), or an .xlsx the
 * fast path declines, by the reference ({@link LibraryFeedbackWriter}). Every decline is logged with the file and why,
 * an unexpected one with its stack, and counted ({@link FastPath#STREAMED_FEEDBACK}).
 */
public final class FeedbackWorkbookWriter implements FeedbackWriter {

    /** How a feedback workbook was written. */
    enum Way {
        STREAMED,
        LIBRARY
    }

    private static final Logger log = LoggerFactory.getLogger(FeedbackWorkbookWriter.class);

    private final FeedbackWriter streamed = new StreamedFeedbackWriter();
    private final FeedbackWriter reference = new LibraryFeedbackWriter();

    @Override
    public void write(Path original, List<CellNote> notes, List<SheetTable> tables, Path target) throws IOException {
        writeTelling(original, notes, tables, target);
    }

    /**
     * Writes a workbook of the tables alone, the first one active: the feedback on a file that cannot be marked (a
     * refused file, one the library cannot open).
     */
    public void writeStandalone(List<SheetTable> tables, Path target) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            for (SheetTable table : tables) {
                PlainSheetDrawer.draw(workbook, table);
            }
            workbook.setActiveSheet(0);
            FormWorkbookWriter.save(workbook, target);
        }
    }

    /** Writes as {@link #write} does and says which way. */
    Way writeTelling(Path original, List<CellNote> notes, List<SheetTable> tables, Path target) throws IOException {
        if (isZipPackage(original)) {
            try {
                streamed.write(original, notes, tables, target);
                return Way.STREAMED;
            } catch (DeclinedPackageException e) {
                FastPath.STREAMED_FEEDBACK.recordDecline();
                log.info("{}: feedback written with the workbook library ({})", original.getFileName(), e.getMessage());
            } catch (IOException | RuntimeException e) {
                FastPath.STREAMED_FEEDBACK.recordDecline();
                log.warn(
                        "{}: feedback written with the workbook library, the streamed writer failed unexpectedly",
                        original.getFileName(),
                        e);
            }
        }
        reference.write(original, notes, tables, target);
        return Way.LIBRARY;
    }

    /** An .xlsx package by its first bytes; the streamed writer covers nothing else (an .xls goes to the library). */
    private static boolean isZipPackage(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 'P' && in.read() == 'K';
        }
    }
}
