package org.huizong.form.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The workbook a bureau gets back: its own workbook, unchanged but for each problem cell highlighted (red for what
 * must be corrected, orange for warnings, blue for notes) with the message as a comment, plus a 问题清单 sheet.
 */
public final class FeedbackWorkbookWriter {

    private final LibraryFeedbackWriter library = new LibraryFeedbackWriter();

    /** Writes the marked-up copy; {@code tables} are added as sheets (the 问题清单 first), replacing sheets of those names. */
    public void write(Path original, List<CellNote> notes, List<SheetTable> tables, Path target) throws IOException {
        library.write(original, notes, tables, target);
    }
}
