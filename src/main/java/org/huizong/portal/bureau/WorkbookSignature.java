package org.huizong.portal.bureau;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whether a file is a workbook by its first bytes, whatever its name says: an Office Open XML package (a zip) or an
 * OLE2 compound file (.xls, or an encrypted .xlsx). A web page or text file renamed .xls is neither.
 */
final class WorkbookSignature {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private WorkbookSignature() {}

    static boolean isWorkbook(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(OLE2.length);
        }
        return startsWith(head, ZIP) || startsWith(head, OLE2);
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
