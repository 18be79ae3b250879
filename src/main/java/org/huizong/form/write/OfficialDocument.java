package org.huizong.form.write;

import java.util.List;

/**
 * A document in the look of an official report (公文): a title (its lines separated by a line feed), then headings,
 * paragraphs and tables in order. Written
 * as .docx by {@link OfficialDocxWriter} and as PDF by the reports; both draw the same blocks.
 */
public record OfficialDocument(String title, List<Block> blocks) {

    public OfficialDocument {
        blocks = List.copyOf(blocks);
    }

    /** A part of the document. */
    public sealed interface Block permits Heading, Paragraph, Table {}

    /** A section heading ({@code 一、总体情况}, level 1) or a sub-heading ({@code （一）主动公开}, level 2). */
    public record Heading(int level, String text) implements Block {}

    /** A paragraph of text in one of the document's styles. */
    public record Paragraph(String text, Style style) implements Block {}

    /** A table laid out like the form it shows. */
    public record Table(DocumentTable table) implements Block {}

    /** How a paragraph is set. */
    public enum Style {
        /** Body text, its first line indented by two characters. */
        BODY,
        /** Text for the author to replace (【请填写：…】): body text, marked. */
        TO_FILL,
        /** A note to the author, to be removed before publishing: smaller, marked. */
        NOTE,
        /** Centred under the title ({@code （草稿）}). */
        SUBTITLE,
        /** Right-aligned at the end (the body's name, the date). */
        SIGNATURE
    }
}
