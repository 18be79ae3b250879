package org.huizong.output.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.huizong.form.write.DocumentTable;
import org.huizong.form.write.MarkedText;
import org.huizong.form.write.OfficialDocument;
import org.huizong.text.Messages;

/**
 * Writes an {@link OfficialDocument} as a PDF to read: the same blocks as the .docx on A4 with the official margins,
 * tables with their merged labels, in the bundled font (Noto Sans CJK SC, embedded), so that it reads the same on any
 * machine. The file appears under its final name only when complete.
 */
public final class OfficialPdfWriter {

    private static final float MM = 72f / 25.4f;
    private static final Color MARKED = new Color(0xC0, 0, 0);
    private static final float BODY = 12f;
    private static final float TABLE = 7.5f;
    /** The room a heading needs below it on the page, else it starts the next one: a section's table or a paragraph's lines. */
    private static final float SECTION_ROOM = 160;

    private static final float HEADING_ROOM = 80;

    public void write(OfficialDocument document, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                Document pdf = new Document(PageSize.A4, 28 * MM, 26 * MM, 37 * MM, 35 * MM);
                PdfWriter writer = PdfWriter.getInstance(pdf, out);
                writer.setPageEvent(new PageNumbers());
                pdf.addTitle(document.title().replace("\n", ""));
                pdf.addCreator(Messages.text("output.pdf.creator"));
                pdf.open();
                Paragraph title = new Paragraph(document.title(), font(20, Font.BOLD, Color.BLACK));
                title.setAlignment(Element.ALIGN_CENTER);
                title.setSpacingAfter(8);
                pdf.add(title);
                for (OfficialDocument.Block block : document.blocks()) {
                    if (block instanceof OfficialDocument.Heading heading
                            && writer.getVerticalPosition(true) - pdf.bottom()
                                    < (heading.level() <= 1 ? SECTION_ROOM : HEADING_ROOM)) {
                        pdf.newPage();
                    }
                    pdf.add(element(block));
                }
                pdf.close();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (DocumentException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Element element(OfficialDocument.Block block) throws DocumentException {
        if (block instanceof OfficialDocument.Heading heading) {
            Paragraph paragraph =
                    new Paragraph(heading.text(), font(heading.level() <= 1 ? 13.5f : 12.5f, Font.BOLD, Color.BLACK));
            paragraph.setFirstLineIndent(2 * BODY);
            paragraph.setSpacingBefore(heading.level() <= 1 ? 8 : 4);
            paragraph.setSpacingAfter(4);
            paragraph.setKeepTogether(true);
            return paragraph;
        }
        if (block instanceof OfficialDocument.Table table) {
            return table(table.table());
        }
        OfficialDocument.Paragraph text = (OfficialDocument.Paragraph) block;
        return switch (text.style()) {
            case BODY, TO_FILL -> paragraph(text.text(), BODY, Element.ALIGN_JUSTIFIED, 2 * BODY, 2);
            case NOTE -> paragraph(text.text(), 10f, Element.ALIGN_JUSTIFIED, 0, 4);
            case SUBTITLE -> paragraph(text.text(), 13f, Element.ALIGN_CENTER, 0, 10);
            case SIGNATURE -> {
                Paragraph signature = paragraph(text.text(), BODY, Element.ALIGN_RIGHT, 0, 0);
                signature.setIndentationRight(2 * BODY);
                yield signature;
            }
        };
    }

    private static Paragraph paragraph(String text, float size, int alignment, float indent, float after) {
        Paragraph paragraph = new Paragraph(size * 1.75f, "", font(size, Font.NORMAL, Color.BLACK));
        for (MarkedText piece : MarkedText.split(text)) {
            Chunk chunk = new Chunk(piece.text(), font(size, Font.NORMAL, piece.marked() ? MARKED : Color.BLACK));
            chunk.setSplitCharacter(LineBreaks.CHINESE);
            paragraph.add(chunk);
        }
        paragraph.setAlignment(alignment);
        paragraph.setFirstLineIndent(indent);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static PdfPTable table(DocumentTable table) throws DocumentException {
        PdfPTable grid = PdfGrid.of(table, 0, TABLE, PdfGrid.Look.DRAFT);
        grid.setSpacingBefore(4);
        grid.setSpacingAfter(10);
        return grid;
    }

    private static Font font(float size, int style, Color color) {
        return PdfFonts.font(size, style, color);
    }

    /** {@code — 1 —} centred under the text of each page. */
    private static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase("— " + writer.getPageNumber() + " —", font(11, Font.NORMAL, Color.BLACK)),
                    (document.left() + document.right()) / 2,
                    document.bottom() - 12 * MM,
                    0);
        }
    }
}
