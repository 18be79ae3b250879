package org.huizong.output.pdf;

import java.util.List;

/** A report as a PDF shows it: a title, a line under it, its sections in order, and the text of its page footer. */
public record PdfDocument(String title, String subtitle, String footer, List<PdfSection> sections) {

    public PdfDocument {
        sections = List.copyOf(sections);
    }
}
