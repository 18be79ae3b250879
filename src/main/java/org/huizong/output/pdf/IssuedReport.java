package org.huizong.output.pdf;

import java.util.List;
import org.huizong.form.write.DocumentTable;

/**
 * A report an office issues, as {@link IssuedPdfWriter} prints it: a cover (title, period, issuing office and date),
 * then parts, each starting on a new page with a bookmark, holding paragraphs, captions and tables in the form's
 * layout; a part may have sub-parts, bookmarked under it.
 */
public record IssuedReport(String title, String period, String office, String date, String footer, List<Part> parts) {

    public IssuedReport {
        parts = List.copyOf(parts);
    }

    /** A part: its heading (and bookmark) and blocks; {@code newPage} starts it on a page of its own. */
    public record Part(String heading, boolean newPage, List<Block> blocks) {

        public Part {
            blocks = List.copyOf(blocks);
        }
    }

    /** A block of a part. */
    public sealed interface Block permits Text, Caption, Table, SubHeading {}

    /** A paragraph of body text, its first line indented. */
    public record Text(String text) implements Block {}

    /** The line above a table, kept with it. */
    public record Caption(String text) implements Block {}

    /** A heading within a part, bookmarked under the part's. */
    public record SubHeading(String text) implements Block {}

    /** A table: its grid, and whether it is small enough to be kept on one page. */
    public record Table(DocumentTable table) implements Block {}
}
