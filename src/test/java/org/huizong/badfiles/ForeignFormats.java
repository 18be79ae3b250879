package org.huizong.badfiles;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Files of another format given a workbook's name: what a clerk sends after "save as" went wrong. */
final class ForeignFormats {

    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    private ForeignFormats() {}

    /** Excel's CSV export on a Chinese Windows: GBK text. */
    static void csv(Path target, SourceWorkbooks sources) throws IOException {
        String text = "填报单位,东城区市场监督管理局\r\n统计期,2026年10月\r\n项目,自然人,商业企业\r\n本期新收,12,3\r\n";
        Files.write(target, text.getBytes(Charset.forName("GBK")));
    }

    /** Excel's "web page" export (or a table copied out of a browser), saved as .xls. */
    static void html(Path target, SourceWorkbooks sources) throws IOException {
        Files.writeString(target, """
                <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
                <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
                <body><table border="1">
                <tr><td>填报单位</td><td>东城区市场监督管理局</td></tr>
                <tr><td>本期新收政府信息公开申请数量</td><td>12</td></tr>
                </table></body></html>
                """);
    }

    /** A Word document (the 情况说明) with the workbook's name. */
    static void docx(Path target, SourceWorkbooks sources) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
        entries.put(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"" + RELS_NS
                        + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT
                        + "\" Target=\"word/document.xml\"/></Relationships>");
        entries.put("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
                <w:p><w:r><w:t>东城区市场监督管理局2026年10月政务公开工作情况说明</w:t></w:r></w:p></w:body></w:document>""");
        ZipRewriter.writeNew(target, entries);
    }

    /** An old Word .doc (an OLE2 file without a Workbook stream) named .xls. */
    static void ole2Document(Path target, SourceWorkbooks sources) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(target)) {
            fs.createDocument(
                    new ByteArrayInputStream("情况说明".repeat(200).getBytes(StandardCharsets.UTF_16LE)), "WordDocument");
            fs.writeFilesystem(out);
        }
    }

    /** An Excel 5.0/95 workbook: OLE2 with a BIFF5 "Book" stream, which POI does not read. */
    static void biff5(Path target, SourceWorkbooks sources) throws IOException {
        ByteBuffer bof = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        bof.putShort((short) 0x0809)
                .putShort((short) 8)
                .putShort((short) 0x0500)
                .putShort((short) 0x0005)
                .putShort((short) 0x096C)
                .putShort((short) 0x07C9);
        ByteBuffer eof = ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 0x000A)
                .putShort((short) 0);
        byte[] stream = new byte[4096];
        System.arraycopy(bof.array(), 0, stream, 0, 12);
        System.arraycopy(eof.array(), 0, stream, 12, 4);
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(target)) {
            fs.createDocument(new ByteArrayInputStream(stream), "Book");
            fs.writeFilesystem(out);
        }
    }

    /** The form printed to PDF. */
    static void pdf(Path target, SourceWorkbooks sources) throws IOException {
        Files.writeString(
                target,
                "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
    }

    /** A photo or screenshot of the filled form. */
    static void png(Path target, SourceWorkbooks sources) throws IOException {
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", target.toFile());
    }

    /** A LibreOffice/WPS OpenDocument spreadsheet (.ods) renamed .xlsx. */
    static void ods(Path target, SourceWorkbooks sources) throws IOException {
        byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            out.putNextEntry(first);
            out.write(mimetype);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            out.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("content.xml"));
            out.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                            + "<office:body><office:spreadsheet/></office:body></office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    /** An Excel binary workbook (.xlsb) renamed .xlsx. */
    static void xlsb(Path target, SourceWorkbooks sources) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>""");
        entries.put(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"" + RELS_NS
                        + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT
                        + "\" Target=\"xl/workbook.bin\"/></Relationships>");
        entries.put("xl/workbook.bin", "\u0083\u0001\u0000\u0080\u0001\u0000");
        ZipRewriter.writeNew(target, entries);
    }

    static void empty(Path target, SourceWorkbooks sources) throws IOException {
        Files.write(target, new byte[0]);
    }

    static void whitespace(Path target, SourceWorkbooks sources) throws IOException {
        Files.writeString(target, "  \r\n\t\n   \n");
    }
}
