package org.huizong.validation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.huizong.form.PlainNumber;

/**
 * A unit's current version of a period, as the cross-unit rules see it.
 *
 * @param content a fingerprint of all its values (equal tables, equal fingerprints), or null when it has none or all
 *                are zero
 */
public record CurrentSubmission(long fileId, String uscc, String unitName, LocalDateTime receivedAt, String content) {

    public static CurrentSubmission of(
            long fileId, String uscc, String unitName, LocalDateTime receivedAt, Map<String, BigDecimal> values) {
        return new CurrentSubmission(fileId, uscc, unitName, receivedAt, contentOf(values));
    }

    /** The fingerprint of a table's values; null for an empty or all-zero table. */
    public static String contentOf(Map<String, BigDecimal> values) {
        if (values.isEmpty() || values.values().stream().allMatch(v -> v.signum() == 0)) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(values)
                .forEach((item, value) -> text.append(item)
                        .append('=')
                        .append(PlainNumber.format(value))
                        .append(';'));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
