package org.huizong.badfiles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Workbooks built to attack the reader: XML entities that read local files (XXE) or expand without end (billion
 * laughs), a zip entry that climbs out of any folder it might be extracted to, and macro workbooks.
 */
final class HostileFiles {

    static final String TRAVERSAL_ENTRY = "../../evil.txt";
    private static final String TABLE1 = "xl/worksheets/sheet2.xml";
    private static final String XXE = "<!DOCTYPE %s [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    private static final String LAUGHS = """
            <!DOCTYPE worksheet [<!ENTITY lol "lol">\
            <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
            <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\
            <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\
            <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\
            <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\
            <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\
            <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>""";

    private HostileFiles() {}

    /** xl/workbook.xml declares an external entity on /etc/passwd and uses it in a defined name. */
    static void xxeInWorkbook(Path target, SourceWorkbooks sources) throws IOException {
        new ZipRewriter()
                .change(
                        "xl/workbook.xml",
                        xml -> ZipRewriter.withDoctype(xml, XXE.formatted("workbook"))
                                .replace(
                                        "</sheets>",
                                        "</sheets><definedNames><definedName name=\"leak\">&xxe;</definedName></definedNames>"))
                .write(sources.xlsx(), target);
    }

    /** 表一's sheet XML declares an external entity on /etc/passwd and shows it in a cell. */
    static void xxeInSheet(Path target, SourceWorkbooks sources) throws IOException {
        new ZipRewriter()
                .change(
                        TABLE1,
                        xml -> ZipRewriter.withDoctype(xml, XXE.formatted("worksheet"))
                                .replace("</sheetData>", textRow("&xxe;") + "</sheetData>"))
                .write(sources.xlsx(), target);
    }

    /** 表一's sheet XML holds "billion laughs": nine levels of entities expanding to 10^9 "lol"s. */
    static void billionLaughs(Path target, SourceWorkbooks sources) throws IOException {
        new ZipRewriter()
                .change(
                        TABLE1,
                        xml -> ZipRewriter.withDoctype(xml, LAUGHS)
                                .replace("</sheetData>", textRow("&lol9;") + "</sheetData>"))
                .write(sources.xlsx(), target);
    }

    /** A valid form with one more zip entry named {@code ../../evil.txt} (zip slip). */
    static void pathTraversal(Path target, SourceWorkbooks sources) throws IOException {
        new ZipRewriter()
                .add(TRAVERSAL_ENTRY, "written outside the extraction folder")
                .write(sources.xlsx(), target);
    }

    /** A complete, valid form saved as a macro-enabled workbook: VBA project, macro-enabled content type. */
    static void macroWorkbook(Path target, SourceWorkbooks sources) throws IOException {
        macroWorkbook(target, sources, "vbaProject.bin");
    }

    /**
     * The same, with the VBA project part named {@code xl/VBAProject.bin}: OPC part names are case-insensitive,
     * the workbook's relationship is what makes it the VBA project.
     */
    static void macroPartRenamed(Path target, SourceWorkbooks sources) throws IOException {
        macroWorkbook(target, sources, "VBAProject.bin");
    }

    /** The same, with the VBA project at {@code xl/macros/code.bin}: only the relationship says what it is. */
    static void macroPartElsewhere(Path target, SourceWorkbooks sources) throws IOException {
        macroWorkbook(target, sources, "macros/code.bin");
    }

    private static void macroWorkbook(Path target, SourceWorkbooks sources, String vbaPart) throws IOException {
        new ZipRewriter()
                .change(
                        "[Content_Types].xml",
                        xml -> xml.replace(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                                .replace(
                                        "</Types>",
                                        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"))
                .change(
                        "xl/_rels/workbook.xml.rels",
                        xml -> xml.replace(
                                "</Relationships>",
                                "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\""
                                        + " Target=\"" + vbaPart + "\"/></Relationships>"))
                .add(
                        "xl/" + vbaPart,
                        out -> out.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4}))
                .write(sources.xlsx(), target);
    }

    private static String textRow(String text) {
        return "<row r=\"900\"><c r=\"A900\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>";
    }
}
