package org.huizong.form.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.huizong.form.write.feedback.StreamedFeedbackWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbook a bureau gets back: its own workbook, unchanged but for each problem cell highlighted (red for what
 * must be corrected, orange for warnings, blue for notes) with the message as a comment, plus a 问题清单 sheet.
 * An .xlsx is copied part by part ({@link StreamedFeedbackWriter}); an .xls (not a zip package), or an .xlsx the
 * streamed writer declines, goes through the full workbook model ({@link LibraryFeedbackWriter}).
 */
public final class FeedbackWorkbookWriter {

    /** How a feedback workbook was written. */
    enum Way {
        STREAMED,
        LIBRARY
    }

    private static final Logger log = LoggerFactory.getLogger(FeedbackWorkbookWriter.class);

    private final StreamedFeedbackWriter streamed = new StreamedFeedbackWriter();
    private final LibraryFeedbackWriter library = new LibraryFeedbackWriter();

    /** Writes the marked-up copy; {@code tables} are added as sheets (the 问题清单 first), replacing sheets of those names. */
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
        try {
            FormWorkbookWriter.save(target, out -> streamed.write(original, notes, tables, out));
            return Way.STREAMED;
        } catch (IOException | RuntimeException e) {
            log.debug("{}: feedback written with the workbook library ({})", original.getFileName(), e.toString());
        }
        library.write(original, notes, tables, target);
        return Way.LIBRARY;
    }
}
