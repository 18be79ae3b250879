package org.huizong.output.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.Arrays;
import org.huizong.form.write.CellRole;
import org.huizong.form.write.DocumentTable;

/**
 * A {@link DocumentTable} as an OpenPDF table: merged cells spanning their rows and columns, the header rows repeated
 * on every page it runs to, a one-row label to the left and anything else centred. An issued report's look
 * ({@link Look#ISSUED}) shades the header, sets figures to the right and breaks a label too long for its cell into
 * lines of even length ({@link CellLines}); a draft's ({@link Look#DRAFT}) keeps the plain look of the .docx.
 */
final class PdfGrid {

    /** How a grid looks. */
    enum Look {
        DRAFT,
        ISSUED
    }

    private static final float PADDING = 2.5f;
    private static final Color HEAD = new Color(0xE8, 0xEC, 0xF1);
    private static final Color RULE = new Color(0x5F, 0x6B, 0x78);

    private PdfGrid() {}

    /** @param width the width the table takes on the page, in points */
    static PdfPTable of(DocumentTable table, float width, float fontSize, Look look) throws DocumentException {
        int total = Arrays.stream(table.columnWidths()).sum();
        PdfPTable grid = new PdfPTable(table.columns());
        grid.setWidthPercentage(100);
        grid.setWidths(table.columnWidths());
        grid.setHeaderRows(table.headerRows());
        for (int r = 0; r < table.rows(); r++) {
            int c = 0;
            while (c < table.columns()) {
                DocumentTable.DocumentCell cell = table.cellAt(r, c);
                if (cell != null && cell.row() < r) {
                    c += cell.columnSpan();
                    continue;
                }
                grid.addCell(box(table, cell, width / total, fontSize, look));
                c += cell == null ? 1 : cell.columnSpan();
            }
        }
        return grid;
    }

    /** A figure with thousands separators ({@code 7,725}), as the report's other tables show figures. */
    private static String grouped(String figure) {
        try {
            java.text.DecimalFormat format = new java.text.DecimalFormat(
                    "#,##0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            return format.format(new java.math.BigDecimal(figure));
        } catch (NumberFormatException e) {
            return figure;
        }
    }

    private static PdfPCell box(
            DocumentTable table, DocumentTable.DocumentCell cell, float perUnit, float fontSize, Look look) {
        boolean issued = look == Look.ISSUED;
        boolean header = cell != null && cell.role() == CellRole.HEADER;
        boolean value = cell != null && cell.role() == CellRole.VALUE;
        boolean bold = cell != null && (cell.role() == CellRole.BLOCK_TITLE || issued && header);
        String text = cell == null ? "" : issued && value ? grouped(cell.text()) : cell.text();
        if (issued && cell != null && !value) {
            float room = 0;
            for (int k = cell.column(); k <= cell.lastColumn(); k++) {
                room += perUnit * table.columnWidths()[k];
            }
            text = CellLines.balanced(text, (int) ((room - 2 * PADDING) / fontSize));
        }
        Chunk chunk = new Chunk(text, PdfFonts.font(fontSize, bold ? Font.BOLD : Font.NORMAL, Color.BLACK));
        if (issued) {
            chunk.setSplitCharacter(LineBreaks.CHINESE);
        }
        PdfPCell box = new PdfPCell(new Phrase(chunk));
        box.setVerticalAlignment(Element.ALIGN_MIDDLE);
        boolean left = cell != null && cell.role() == CellRole.ROW_LABEL && cell.rowSpan() == 1;
        box.setHorizontalAlignment(
                left ? Element.ALIGN_LEFT : issued && value ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
        box.setPadding(PADDING);
        box.setMinimumHeight(issued ? 14 : 15);
        box.setUseAscender(true);
        if (issued) {
            box.setBorderColor(RULE);
            box.setBorderWidth(0.5f);
            if (header) {
                box.setBackgroundColor(HEAD);
            }
        }
        if (cell != null) {
            box.setColspan(cell.columnSpan());
            box.setRowspan(cell.rowSpan());
        }
        return box;
    }
}
