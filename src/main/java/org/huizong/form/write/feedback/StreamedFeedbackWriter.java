package org.huizong.form.write.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.huizong.form.write.CellNote;
import org.huizong.form.write.SheetTable;

/**
 * Writes a feedback workbook from an .xlsx original without a workbook model: the package is copied part by part
 * and only the parts that change are rewritten, with a streaming XML parser. It throws (and writes nothing worth
 * keeping) on what it does not cover — strict OOXML, a sheet that already has comments, a sheet of an added
 * sheet's name, anything unreadable — and the caller then writes the workbook with the workbook library.
 */
public final class StreamedFeedbackWriter {

    /**
     * Writes the marked-up copy of {@code original} with {@code tables} added as sheets, the first one active.
     *
     * @param out a buffered stream: the zip headers are written a few bytes at a time
     */
    public void write(Path original, List<CellNote> notes, List<SheetTable> tables, OutputStream out) throws IOException {
        try (PackageParts parts = new PackageParts(original)) {
            new FeedbackPackage(parts).write(notes, tables, out);
        }
    }
}
