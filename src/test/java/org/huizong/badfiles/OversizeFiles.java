package org.huizong.badfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huizong.fixtures.FixtureWorkbooks;

/** Files beyond the limits of F02: zip bombs, too large a file, too many sheets, rows or cells. */
final class OversizeFiles {

    private static final int MIB = 1024 * 1024;
    private static final byte[] ZEROS = new byte[MIB];

    private OversizeFiles() {}

    /** A valid form plus one 64 MiB entry of zeros (about 64 KB compressed). */
    static void zipBomb(Path target, SourceWorkbooks sources) throws IOException {
        new ZipRewriter().add("xl/media/image1.png", out -> zeros(out, 64)).write(sources.xlsx(), target);
    }

    /** 210 entries of exactly 1 MiB of zeros each: no single entry stands out, together they declare 210 MiB. */
    static void manyEntryBomb(Path target, SourceWorkbooks sources) throws IOException {
        ZipRewriter rewriter = new ZipRewriter();
        for (int i = 1; i <= 210; i++) {
            rewriter.add("xl/media/image" + i + ".png", out -> zeros(out, 1));
        }
        rewriter.write(sources.xlsx(), target);
    }

    /**
     * A zip bomb whose central directory lies: 表一's sheet XML inflates to 64 MiB but declares 60 KB, so the
     * sizes the package check sees are harmless and only inflating it shows the ratio.
     */
    static void lyingZipBomb(Path target, SourceWorkbooks sources) throws IOException {
        Path honest = Files.createTempFile(target.getParent(), "honest", ".zip");
        String start =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        String end = "</sheetData></worksheet>";
        new ZipRewriter()
                .drop("xl/worksheets/sheet2.xml")
                .add("xl/worksheets/sheet2.xml", out -> {
                    out.write(start.getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[MIB];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        out.write(spaces);
                    }
                    out.write(end.getBytes(StandardCharsets.UTF_8));
                })
                .write(sources.xlsx(), honest);
        byte[] bytes = Files.readAllBytes(honest);
        Files.delete(honest);
        patchDeclaredSize(bytes, "xl/worksheets/sheet2.xml", 60_000);
        Files.write(target, bytes);
    }

    /** A valid form with a 21 MiB uncompressible attachment (a scanned photo), stored without compression. */
    static void largeFile(Path target, SourceWorkbooks sources) throws IOException {
        long size = 21L * MIB;
        CRC32 crc = new CRC32();
        randomBytes(size, crc::update);
        new ZipRewriter()
                .addStored("xl/media/image1.jpeg", size, crc.getValue(), out -> randomBytes(size, out::write))
                .write(sources.xlsx(), target);
    }

    /** One cell typed far down 表三 (row 1,048,000), e.g. by an accidental Ctrl+Down and a keystroke. */
    static void farRow(Path target, SourceWorkbooks sources) throws IOException {
        FixtureWorkbooks.edit(
                sources.xlsxCopy(target),
                wb -> wb.getSheet("表三").createRow(1_047_999).createCell(0).setCellValue("x"));
    }

    /** The form plus 60 empty sheets. */
    static void manySheets(Path target, SourceWorkbooks sources) throws IOException {
        FixtureWorkbooks.edit(sources.xlsxCopy(target), wb -> {
            for (int i = 1; i <= 60; i++) {
                wb.createSheet("附表" + i);
            }
        });
    }

    /** The form plus a 明细 sheet of 4,000 rows × 60 numbers (240,000 cells), within the row limit. */
    static void manyCells(Path target, SourceWorkbooks sources) throws IOException {
        manyCells(target, sources, false);
    }

    /**
     * {@link #manyCells} behind a formula of the first sheet saved without its result, as scripts write them: the
     * streaming reader stops at the formula and leaves the file to the workbook library, whose model of 240,000 cells
     * would not fit a small heap, so the cells must be counted before it opens the package.
     */
    static void manyCellsBehindUncachedFormula(Path target, SourceWorkbooks sources) throws IOException {
        manyCells(target, sources, true);
    }

    private static void manyCells(Path target, SourceWorkbooks sources, boolean uncachedFormula) throws IOException {
        XSSFWorkbook template;
        try (InputStream in = Files.newInputStream(sources.xlsx())) {
            template = new XSSFWorkbook(in);
        }
        if (uncachedFormula) {
            Sheet first = template.getSheetAt(0);
            first.createRow(first.getLastRowNum() + 2).createCell(0).setCellFormula("ROUND(1.5,0)");
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(template, 100);
        try (OutputStream out = Files.newOutputStream(target)) {
            Sheet details = workbook.createSheet("明细");
            for (int r = 0; r < 4000; r++) {
                Row row = details.createRow(r);
                for (int c = 0; c < 60; c++) {
                    row.createCell(c).setCellValue(r * 60 + c);
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void zeros(OutputStream out, int mebibytes) throws IOException {
        for (int i = 0; i < mebibytes; i++) {
            out.write(ZEROS);
        }
    }

    @FunctionalInterface
    private interface Chunks {
        void accept(byte[] chunk, int offset, int length) throws IOException;
    }

    /** The same pseudo-random bytes on every call, in 64 KB chunks. */
    private static void randomBytes(long size, Chunks sink) throws IOException {
        Random random = new Random(42);
        byte[] chunk = new byte[64 * 1024];
        for (long written = 0; written < size; written += chunk.length) {
            random.nextBytes(chunk);
            sink.accept(chunk, 0, (int) Math.min(chunk.length, size - written));
        }
    }

    /** Overwrites the uncompressed size the central directory declares for one entry. */
    private static void patchDeclaredSize(byte[] zip, String entryName, int declared) {
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 <= zip.length; at++) {
            if (buffer.getInt(at) == 0x02014b50
                    && buffer.getShort(at + 28) == name.length
                    && Arrays.equals(zip, at + 46, at + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(at + 24, declared);
                return;
            }
        }
        throw new IllegalStateException("no central directory record for " + entryName);
    }
}
