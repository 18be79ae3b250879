package org.huizong.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.huizong.form.write.CellNote;
import org.huizong.form.write.SheetTable;

/** A fingerprint of everything a feedback workbook is made of: the original file, the cell notes and the tables. */
final class FeedbackContent {

    /** Changes whenever the feedback workbook's layout does, so that every workbook is written again. */
    private static final String LAYOUT = "feedback/2";

    private FeedbackContent() {}

    static String sha256(String originalSha, List<CellNote> notes, List<SheetTable> tables) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, LAYOUT);
            update(digest, originalSha);
            for (CellNote note : notes) {
                update(digest, note.toString());
            }
            for (SheetTable table : tables) {
                update(digest, table.name() + table.header());
                for (List<Object> row : table.rows()) {
                    update(digest, row.toString());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
