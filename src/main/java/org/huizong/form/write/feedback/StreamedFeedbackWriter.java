package org.huizong.form.write.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipException;
import org.huizong.form.write.CellNote;
import org.huizong.form.write.FeedbackWriter;
import org.huizong.form.write.FormWorkbookWriter;
import org.huizong.form.write.SheetTable;

/**
 * The fast {@link FeedbackWriter}: writes the feedback workbook of an .xlsx original without a workbook model. The
 * package is copied part by part and only the parts that change are rewritten, with a streaming XML parser. It
 * declines ({@link DeclinedPackageException}, and writes nothing under the target's name) what it does not cover —
 * strict OOXML, a sheet that already has comments, a sheet of an added sheet's name, a damaged package, XML it cannot
 * parse — and the caller then writes the workbook with the reference, the workbook library.
 */
public final class StreamedFeedbackWriter implements FeedbackWriter {

    @Override
    public void write(Path original, List<CellNote> notes, List<SheetTable> tables, Path target) throws IOException {
        FormWorkbookWriter.save(target, out -> {
            try (PackageParts parts = new PackageParts(original)) {
                new FeedbackPackage(parts).write(notes, tables, out);
            } catch (ZipException e) {
                throw new DeclinedPackageException("a zip it cannot copy: " + e.getMessage());
            }
        });
    }
}
