package org.huizong.badfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Workbooks broken in transit (cut off, corrupted) or locked with an opening password. */
final class DamagedFiles {

    private static final byte[] CENTRAL_HEADER = {'P', 'K', 1, 2};

    private DamagedFiles() {}

    /** An upload or e-mail attachment cut off half-way. */
    static void truncatedXlsx(Path target, SourceWorkbooks sources) throws IOException {
        byte[] bytes = Files.readAllBytes(sources.xlsx());
        Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
    }

    static void truncatedXls(Path target, SourceWorkbooks sources) throws IOException {
        byte[] bytes = Files.readAllBytes(sources.xls());
        Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** All entries intact, but the first record of the central directory no longer has its signature. */
    static void corruptCentralDirectory(Path target, SourceWorkbooks sources) throws IOException {
        byte[] bytes = Files.readAllBytes(sources.xlsx());
        int at = indexOf(bytes, CENTRAL_HEADER);
        if (at < 0) {
            throw new IllegalStateException("no central directory in " + sources.xlsx());
        }
        Arrays.fill(bytes, at, at + 4, (byte) 'X');
        Files.write(target, bytes);
    }

    /** A package zipped by a script that left out [Content_Types].xml. */
    static void missingContentTypes(Path target, SourceWorkbooks sources) throws IOException {
        new ZipRewriter().drop("[Content_Types].xml").write(sources.xlsx(), target);
    }

    /** "用密码进行加密" in Excel: the .xlsx inside an OLE2 container, agile encryption. */
    static void encryptedXlsx(Path target, SourceWorkbooks sources) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("x");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                Files.copy(sources.xlsx(), data);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
    }

    /** A BIFF8 .xls with an opening password (RC4 CryptoAPI). */
    static void encryptedXls(Path target, SourceWorkbooks sources) throws IOException {
        HSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(sources.xls())) {
            workbook = new HSSFWorkbook(in);
        }
        Biff8EncryptionKey.setCurrentUserPassword("x");
        try (workbook;
                OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }
}
