package org.huizong.form.write;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes an {@link OfficialDocument} as .docx in the look of a published government document (GB/T 9704): A4 with the
 * official margins, the title centred in 宋体 二号 bold, headings in 黑体 and 楷体, body text in 仿宋 三号 on a fixed
 * 28-point line, tables in 宋体 with their merged labels, the page number centred in the footer. The file appears
 * under its final name only when complete.
 */
public final class OfficialDocxWriter {

    /** Twentieths of a point in a millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private static final int PAGE_WIDTH_MM = 210;
    private static final int PAGE_HEIGHT_MM = 297;
    private static final int TOP_MM = 37;
    private static final int BOTTOM_MM = 35;
    private static final int LEFT_MM = 28;
    private static final int RIGHT_MM = 26;
    /** The width the text takes, in twips. */
    private static final int TEXT_WIDTH = twips(PAGE_WIDTH_MM - LEFT_MM - RIGHT_MM);

    static final String TITLE_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体";
    static final String BODY_FONT = "仿宋";
    static final String TABLE_FONT = "宋体";
    private static final int TITLE_POINTS = 22;
    private static final int BODY_POINTS = 16;
    private static final int NOTE_POINTS = 12;
    private static final int TABLE_POINTS = 9;
    /** The fixed line of body text, in twips (28 points: 22 lines a page). */
    private static final int BODY_LINE = 560;
    /** A table of no more rows than this is kept on one page, with its heading; a longer one keeps its header rows. */
    private static final int KEPT_TOGETHER = 20;
    /** The colour of text in 【】. */
    private static final String MARKED = "C00000";

    public void write(OfficialDocument document, Path target) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            page(docx);
            footer(docx);
            docx.getProperties().getCoreProperties().setTitle(document.title().replace("\n", ""));
            XWPFParagraph title = docx.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            spacing(title, 0, 240, 0, null);
            String[] lines = document.title().split("\n");
            for (int i = 0; i < lines.length; i++) {
                XWPFRun line = run(title, lines[i], TITLE_FONT, TITLE_POINTS, true);
                if (i < lines.length - 1) {
                    line.addBreak();
                }
            }
            for (OfficialDocument.Block block : document.blocks()) {
                if (block instanceof OfficialDocument.Heading heading) {
                    heading(docx, heading);
                } else if (block instanceof OfficialDocument.Paragraph paragraph) {
                    paragraph(docx, paragraph);
                } else if (block instanceof OfficialDocument.Table table) {
                    table(docx, table.table());
                }
            }
            FormWorkbookWriter.save(target, docx::write);
        }
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr()
                ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(twips(PAGE_HEIGHT_MM)));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(TOP_MM)));
        margins.setBottom(BigInteger.valueOf(twips(BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(twips(LEFT_MM)));
        margins.setRight(BigInteger.valueOf(twips(RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(twips(15)));
        margins.setFooter(BigInteger.valueOf(twips(25)));
    }

    /** {@code — 1 —}, centred: the page number as official documents print it. */
    private static void footer(XWPFDocument docx) {
        XWPFParagraph line = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        line.setAlignment(ParagraphAlignment.CENTER);
        run(line, "— ", TITLE_FONT, 14, false);
        XWPFRun number = line.createRun();
        fonts(number, TITLE_FONT, 14);
        number.getCTR()
                .addNewFldChar()
                .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
        XWPFRun instruction = line.createRun();
        fonts(instruction, TITLE_FONT, 14);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun end = line.createRun();
        fonts(end, TITLE_FONT, 14);
        end.getCTR()
                .addNewFldChar()
                .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
        run(line, " —", TITLE_FONT, 14, false);
    }

    private static void heading(XWPFDocument docx, OfficialDocument.Heading heading) {
        XWPFParagraph paragraph = docx.createParagraph();
        bodyLine(paragraph);
        paragraph.setKeepNext(true);
        paragraph.setIndentationFirstLine(BODY_POINTS * 2 * 20);
        boolean section = heading.level() <= 1;
        run(paragraph, heading.text(), section ? HEADING_FONT : SUBHEADING_FONT, BODY_POINTS, !section);
    }

    private static void paragraph(XWPFDocument docx, OfficialDocument.Paragraph text) {
        XWPFParagraph paragraph = docx.createParagraph();
        switch (text.style()) {
            case BODY, TO_FILL -> {
                bodyLine(paragraph);
                paragraph.setIndentationFirstLine(BODY_POINTS * 2 * 20);
                paragraph.setAlignment(ParagraphAlignment.BOTH);
                marked(paragraph, text.text(), BODY_FONT, BODY_POINTS);
            }
            case NOTE -> {
                spacing(paragraph, 0, 120, 360, STLineSpacingRule.AUTO);
                paragraph.setAlignment(ParagraphAlignment.BOTH);
                marked(paragraph, text.text(), SUBHEADING_FONT, NOTE_POINTS);
            }
            case SUBTITLE -> {
                paragraph.setAlignment(ParagraphAlignment.CENTER);
                spacing(paragraph, 0, 240, 0, null);
                run(paragraph, text.text(), SUBHEADING_FONT, BODY_POINTS, false);
            }
            case SIGNATURE -> {
                bodyLine(paragraph);
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
                paragraph.setIndentationRight(BODY_POINTS * 2 * 20);
                marked(paragraph, text.text(), BODY_FONT, BODY_POINTS);
            }
        }
    }

    private static void table(XWPFDocument docx, DocumentTable table) {
        int[] widths = widths(table.columnWidths());
        XWPFTable grid = docx.createTable(table.rows(), 1);
        CTTblPr properties = grid.getCTTbl().getTblPr();
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        grid.setWidth(String.valueOf(Arrays.stream(widths).sum()));
        grid.getCTTbl().getTblPr().getTblW().setType(STTblWidth.DXA);
        grid.setTableAlignment(TableRowAlign.CENTER);
        CTTblGrid columns = grid.getCTTbl().getTblGrid() != null
                ? grid.getCTTbl().getTblGrid()
                : grid.getCTTbl().addNewTblGrid();
        while (columns.sizeOfGridColArray() > 0) {
            columns.removeGridCol(0);
        }
        for (int width : widths) {
            columns.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        int headerRows = table.headerRows();
        for (int r = 0; r < table.rows(); r++) {
            XWPFTableRow row = grid.getRow(r);
            row.setCantSplitRow(true);
            if (r < headerRows) {
                row.setRepeatHeader(true);
            }
            int cellIndex = 0;
            int c = 0;
            while (c < table.columns()) {
                DocumentTable.DocumentCell cell = table.cellAt(r, c);
                XWPFTableCell tc = cellIndex == 0 ? row.getCell(0) : row.addNewTableCell();
                cellIndex++;
                int span = cell == null ? 1 : cell.columnSpan();
                int from = c;
                int width = Arrays.stream(widths, from, from + span).sum();
                CTTcPr tcPr = tc.getCTTc().isSetTcPr()
                        ? tc.getCTTc().getTcPr()
                        : tc.getCTTc().addNewTcPr();
                tcPr.addNewTcW().setW(BigInteger.valueOf(width));
                tcPr.getTcW().setType(STTblWidth.DXA);
                if (span > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
                XWPFParagraph text = tc.getParagraphs().get(0);
                spacing(text, 0, 0, 240, STLineSpacingRule.AUTO);
                if (r < headerRows || table.rows() <= KEPT_TOGETHER) {
                    text.setKeepNext(true);
                }
                if (cell != null && cell.rowSpan() > 1) {
                    tcPr.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (cell != null && cell.row() == r) {
                    boolean left = cell.role() == CellRole.ROW_LABEL && cell.rowSpan() == 1;
                    text.setAlignment(left ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                    run(text, cell.text(), TABLE_FONT, TABLE_POINTS, cell.role() == CellRole.BLOCK_TITLE);
                }
                c += span;
            }
        }
        XWPFParagraph after = docx.createParagraph();
        spacing(after, 0, 0, 240, STLineSpacingRule.AUTO);
    }

    /** The layout's relative widths scaled to the width of the text. */
    private static int[] widths(int[] relative) {
        int total = Arrays.stream(relative).sum();
        int[] widths = new int[relative.length];
        for (int c = 0; c < relative.length; c++) {
            widths[c] = (int) ((long) TEXT_WIDTH * relative[c] / total);
        }
        return widths;
    }

    private static void bodyLine(XWPFParagraph paragraph) {
        spacing(paragraph, 0, 0, BODY_LINE, STLineSpacingRule.EXACT);
    }

    private static void spacing(XWPFParagraph paragraph, int before, int after, int line, STLineSpacingRule.Enum rule) {
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr properties =
                paragraph.getCTP().isSetPPr()
                        ? paragraph.getCTP().getPPr()
                        : paragraph.getCTP().addNewPPr();
        CTSpacing spacing = properties.isSetSpacing() ? properties.getSpacing() : properties.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (rule != null) {
            spacing.setLine(BigInteger.valueOf(line));
            spacing.setLineRule(rule);
        }
    }

    /** The text in runs, what stands in 【】 in red: it is for the author to write or remove. */
    private static void marked(XWPFParagraph paragraph, String text, String font, int points) {
        for (MarkedText piece : MarkedText.split(text)) {
            XWPFRun run = run(paragraph, piece.text(), font, points, false);
            if (piece.marked()) {
                run.setColor(MARKED);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        fonts(run, font, points);
        run.setBold(bold);
        run.setText(text);
        return run;
    }

    /** The font for every script: Word picks the East Asian one for Chinese, the others for digits and Latin letters. */
    private static void fonts(XWPFRun run, String font, int points) {
        CTFonts fonts = run.getCTR().isSetRPr() && run.getCTR().getRPr().sizeOfRFontsArray() > 0
                ? run.getCTR().getRPr().getRFontsArray(0)
                : run.getCTR().addNewRPr().addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
        run.setFontSize(points);
    }

    private static int twips(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }
}
