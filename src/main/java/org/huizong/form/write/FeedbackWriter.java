package org.huizong.form.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the feedback workbook of a submitted original: its own workbook with each noted cell highlighted and
 * commented, and {@code tables} added as sheets (the 问题清单 first and active), replacing sheets of those names.
 * {@link LibraryFeedbackWriter} is the reference; {@code feedback.StreamedFeedbackWriter} is the fast path, which
 * declines ({@code feedback.DeclinedPackageException}) what it does not cover.
 */
public interface FeedbackWriter {

    void write(Path original, List<CellNote> notes, List<SheetTable> tables, Path target) throws IOException;
}
