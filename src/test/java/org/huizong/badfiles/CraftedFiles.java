package org.huizong.badfiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipFile;

/**
 * Workbooks that look valid but once stopped a whole month (issue 15): one string of 150 million characters, inline
 * in a cell or in the shared strings, in a 9 MB file under every size limit; a chain of formulas saved
 * without results, thousands deep; and a form whose extra sheets sit in parts not named {@code sheetN.xml}.
 */
final class CraftedFiles {

    private static final String TABLE1 = "xl/worksheets/sheet2.xml";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final long HUGE = 150_000_000L;
    /**
     * Words drawn at random: the text deflates about thirtyfold, like prose, not like a zip bomb, and the part stays
     * under the limit of uncompressed bytes, so only the bound on a cell's text can refuse it.
     */
    private static final String[] WORDS = {"open ", "statistic ", "report ", "monthly "};

    private CraftedFiles() {}

    /** 表一 with one more cell holding an inline string of 150 million characters. */
    static void hugeInlineString(Path target, SourceWorkbooks sources) throws IOException {
        String sheet = text(sources.xlsx(), TABLE1);
        int end = sheet.indexOf("</sheetData>");
        new ZipRewriter()
                .drop(TABLE1)
                .add(TABLE1, out -> {
                    write(out, sheet.substring(0, end) + "<row r=\"60\"><c r=\"A60\" t=\"inlineStr\"><is><t>");
                    hugeText(out);
                    write(out, "</t></is></c></row>" + sheet.substring(end));
                })
                .write(sources.xlsx(), target);
    }

    /** The shared strings with one more string of 150 million characters, shown in a cell of 表一. */
    static void hugeSharedString(Path target, SourceWorkbooks sources) throws IOException {
        String strings = text(sources.xlsx(), SHARED_STRINGS);
        int index = strings.split("<si>", -1).length - 1;
        int end = strings.indexOf("</sst>");
        new ZipRewriter()
                .change(
                        TABLE1,
                        xml -> xml.replace(
                                "</sheetData>",
                                "<row r=\"60\"><c r=\"A60\" t=\"s\"><v>" + index + "</v></c></row></sheetData>"))
                .drop(SHARED_STRINGS)
                .add(SHARED_STRINGS, out -> {
                    write(out, strings.substring(0, end) + "<si><t>");
                    hugeText(out);
                    write(out, "</t></si>" + strings.substring(end));
                })
                .write(sources.xlsx(), target);
    }

    /**
     * 表一's first total as the end of a chain of 2 × {@code rows} formulas on a sheet of its own, all saved without
     * results; {@code function} puts each link inside MAX(), which only the workbook library evaluates.
     */
    static void formulaChain(Path target, SourceWorkbooks sources, int rows, boolean function) throws IOException {
        StringBuilder chain = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int row = 1; row <= rows; row++) { // A1 → B1 → A2 → B2 …: twice as deep as the rows
            String toB = "B" + row;
            String toA = row == rows ? "0" : "A" + (row + 1);
            chain.append("<row r=\"")
                    .append(row)
                    .append("\">")
                    .append("<c r=\"A")
                    .append(row)
                    .append("\"><f>")
                    .append(link(toB, function))
                    .append("</f></c>")
                    .append("<c r=\"B")
                    .append(row)
                    .append("\"><f>")
                    .append(link(toA, function))
                    .append("</f></c></row>");
        }
        chain.append("</sheetData></worksheet>");
        new ZipRewriter()
                .change(
                        TABLE1,
                        xml -> xml.replaceFirst(
                                "<c r=\"B13\"([^>]*)><v>([^<]*)</v></c>", "<c r=\"B13\"$1><f>链!A1+$2</f></c>"))
                .change(
                        "xl/workbook.xml",
                        xml -> xml.replace(
                                "</sheets>", "<sheet name=\"链\" sheetId=\"99\" r:id=\"rIdChain\"/></sheets>"))
                .change(
                        "xl/_rels/workbook.xml.rels",
                        xml -> xml.replace(
                                "</Relationships>",
                                "<Relationship Id=\"rIdChain\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                                        + " Target=\"worksheets/chain.xml\"/></Relationships>"))
                .change(
                        "[Content_Types].xml",
                        xml -> xml.replace(
                                "</Types>",
                                "<Override PartName=\"/xl/worksheets/chain.xml\""
                                        + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"))
                .add("xl/worksheets/chain.xml", out -> write(out, chain.toString()))
                .write(sources.xlsx(), target);
    }

    private static String link(String next, boolean function) {
        return function ? "MAX(" + next + ",0)+0" : next + "+0";
    }

    /** The form plus 60 empty sheets whose parts are called {@code xl/extra/pN.xml}. */
    static void sixtySheetsInRenamedParts(Path target, SourceWorkbooks sources) throws IOException {
        ZipRewriter rewriter = new ZipRewriter();
        StringBuilder sheets = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        StringBuilder types = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            sheets.append("<sheet name=\"附加")
                    .append(i)
                    .append("\" sheetId=\"")
                    .append(100 + i)
                    .append("\" r:id=\"rIdX")
                    .append(i)
                    .append("\"/>");
            rels.append("<Relationship Id=\"rIdX")
                    .append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"")
                    .append(" Target=\"extra/p")
                    .append(i)
                    .append(".xml\"/>");
            types.append("<Override PartName=\"/xl/extra/p")
                    .append(i)
                    .append(
                            ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            rewriter.add(
                    "xl/extra/p" + i + ".xml",
                    out -> write(
                            out,
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>"));
        }
        rewriter.change("xl/workbook.xml", xml -> xml.replace("</sheets>", sheets + "</sheets>"))
                .change("xl/_rels/workbook.xml.rels", xml -> xml.replace("</Relationships>", rels + "</Relationships>"))
                .change("[Content_Types].xml", xml -> xml.replace("</Types>", types + "</Types>"))
                .write(sources.xlsx(), target);
    }

    private static void hugeText(OutputStream out) throws IOException {
        Random random = new Random(15);
        StringBuilder chunk = new StringBuilder();
        long written = 0;
        while (written < HUGE) {
            chunk.setLength(0);
            while (chunk.length() < 60_000) {
                chunk.append(WORDS[random.nextInt(WORDS.length)]);
            }
            write(out, chunk.toString());
            written += chunk.length();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Path xlsx, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
