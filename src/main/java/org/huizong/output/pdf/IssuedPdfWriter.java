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
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfOutline;
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
import org.huizong.text.Messages;

/**
 * Writes an {@link IssuedReport} as a PDF an office can send out: a cover with the title, the period, the issuing
 * office and the date; each part on a new page (a part that says so) with a bookmark, its sub-headings bookmarked
 * under it; tables in the form's layout with their merged headers repeated on every page; Chinese line breaking that
 * never starts a line with a closing mark ({@link LineBreaks}); in the bundled font, embedded. A table is kept whole
 * on a page when it fits one, so that pages are not left nearly empty by a table split at their foot. The file
 * appears under its final name only when complete.
 */
public final class IssuedPdfWriter {

    private static final float MM = 72f / 25.4f;
    private static final float BODY = 10.5f;
    private static final float TABLE = 7.5f;
    private static final Color INK = Color.BLACK;

    public void write(IssuedReport report, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                Document pdf = new Document(PageSize.A4, 25 * MM, 25 * MM, 25 * MM, 22 * MM);
                PdfWriter writer = PdfWriter.getInstance(pdf, out);
                writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
                writer.setPageEvent(new Footer(report.footer()));
                pdf.addTitle(report.title());
                pdf.addCreator(Messages.text("output.pdf.creator"));
                pdf.open();
                cover(pdf, writer, report);
                PdfOutline root = writer.getRootOutline();
                int anchor = 0;
                for (IssuedReport.Part part : report.parts()) {
                    if (part.newPage()) {
                        pdf.newPage();
                    }
                    String name = "part" + anchor++;
                    Paragraph heading = paragraph(part.heading(), 14, Font.BOLD, Element.ALIGN_LEFT, 0);
                    heading.setSpacingBefore(part.newPage() ? 0 : 10);
                    heading.setSpacingAfter(6);
                    ((Chunk) heading.getChunks().get(0)).setLocalDestination(name);
                    pdf.add(heading);
                    PdfOutline outline =
                            new PdfOutline(root, PdfAction.gotoLocalPage(name, false), part.heading(), false);
                    for (IssuedReport.Block block : part.blocks()) {
                        if (block instanceof IssuedReport.SubHeading sub) {
                            String subName = "part" + anchor++;
                            Paragraph text = paragraph(sub.text(), 11.5f, Font.BOLD, Element.ALIGN_LEFT, 0);
                            text.setSpacingBefore(6);
                            text.setSpacingAfter(3);
                            text.setKeepTogether(true);
                            ((Chunk) text.getChunks().get(0)).setLocalDestination(subName);
                            if (writer.getVerticalPosition(true) - pdf.bottom() < 90) {
                                pdf.newPage();
                            }
                            pdf.add(text);
                            new PdfOutline(outline, PdfAction.gotoLocalPage(subName, false), sub.text());
                        } else if (block instanceof IssuedReport.Text text) {
                            Paragraph body =
                                    paragraph(text.text(), BODY, Font.NORMAL, Element.ALIGN_JUSTIFIED, 2 * BODY);
                            body.setSpacingAfter(3);
                            pdf.add(body);
                        } else if (block instanceof IssuedReport.Caption caption) {
                            if (writer.getVerticalPosition(true) - pdf.bottom() < 70) {
                                pdf.newPage();
                            }
                            Paragraph line = paragraph(caption.text(), 9, Font.NORMAL, Element.ALIGN_LEFT, 0);
                            line.setSpacingBefore(4);
                            line.setSpacingAfter(2);
                            pdf.add(line);
                        } else if (block instanceof IssuedReport.Table table) {
                            pdf.add(table(table.table(), pdf.right() - pdf.left()));
                        }
                    }
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

    /** The cover: the title in the upper third, the period under it, the office and the date above the foot. */
    private static void cover(Document pdf, PdfWriter writer, IssuedReport report) throws DocumentException {
        float width = pdf.right() - pdf.left();
        PdfContentByte canvas = writer.getDirectContent();
        ColumnText title = new ColumnText(canvas);
        title.setSimpleColumn(pdf.left(), pdf.bottom(), pdf.right(), pdf.top() - 60 * MM);
        Paragraph heading = paragraph(report.title(), 22, Font.BOLD, Element.ALIGN_CENTER, 0);
        heading.setLeading(34);
        title.addElement(heading);
        Paragraph period = paragraph(
                Messages.text("output.pdf.period", report.period()), 15, Font.NORMAL, Element.ALIGN_CENTER, 0);
        period.setSpacingBefore(12);
        title.addElement(period);
        title.go();
        ColumnText foot = new ColumnText(canvas);
        foot.setSimpleColumn(pdf.left() + width / 3, pdf.bottom() + 30 * MM, pdf.right(), pdf.bottom() + 70 * MM);
        foot.addElement(paragraph(report.office(), 15, Font.NORMAL, Element.ALIGN_CENTER, 0));
        foot.addElement(paragraph(report.date(), 15, Font.NORMAL, Element.ALIGN_CENTER, 0));
        foot.go();
        pdf.add(new Chunk(" ", PdfFonts.font(BODY, Font.NORMAL, INK)));
        pdf.newPage();
    }

    private static Paragraph paragraph(String text, float size, int style, int alignment, float indent) {
        Paragraph paragraph = new Paragraph(size * 1.6f, "", PdfFonts.font(size, style, INK));
        Chunk chunk = new Chunk(text, PdfFonts.font(size, style, INK));
        chunk.setSplitCharacter(LineBreaks.CHINESE);
        paragraph.add(chunk);
        paragraph.setAlignment(alignment);
        paragraph.setFirstLineIndent(indent);
        return paragraph;
    }

    private static PdfPTable table(DocumentTable table, float width) throws DocumentException {
        PdfPTable grid = PdfGrid.of(table, width, TABLE, PdfGrid.Look.ISSUED);
        grid.setSpacingBefore(2);
        grid.setSpacingAfter(8);
        grid.setKeepTogether(table.rows() <= 40);
        grid.setSplitLate(true);
        return grid;
    }

    /** The footer of every page but the cover: the report's name and {@code — 2 —}. */
    private static final class Footer extends PdfPageEventHelper {

        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                return;
            }
            float y = document.bottom() - 10 * MM;
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_LEFT,
                    new Phrase(text, PdfFonts.font(7.5f, Font.NORMAL, Color.DARK_GRAY)),
                    document.left(),
                    y,
                    0);
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_RIGHT,
                    new Phrase("— " + (writer.getPageNumber() - 1) + " —", PdfFonts.font(9, Font.NORMAL, INK)),
                    document.right(),
                    y,
                    0);
        }
    }
}
