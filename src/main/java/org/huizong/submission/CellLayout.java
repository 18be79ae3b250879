package org.huizong.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.huizong.validation.ValueLocation;

/**
 * Where a file's values were read from: every item it gave a value for, zeros included, with the sheet and cell (both
 * null when the value came from no known cell). Files read from the same cells share one layout, stored once under the
 * SHA-256 of its text ({@link #key()}).
 */
public record CellLayout(SortedMap<String, ValueLocation> cells) {

    /** The longest sheet name kept; a longer one is cut. */
    public static final int SHEET_NAME_LENGTH = 100;

    private static final ValueLocation NOWHERE = new ValueLocation(null, null);

    public CellLayout {
        cells = Collections.unmodifiableSortedMap(new TreeMap<>(cells));
    }

    /** The layout of these items, each at its location (an item without one is at no known cell). */
    public static CellLayout of(Iterable<String> items, Map<String, ValueLocation> locations) {
        SortedMap<String, ValueLocation> cells = new TreeMap<>();
        for (String item : items) {
            ValueLocation location = locations.get(item);
            cells.put(item, location == null ? NOWHERE : new ValueLocation(sheetName(location.sheet()), location.a1()));
        }
        return new CellLayout(cells);
    }

    /** The SHA-256 of the layout's items and cells, in hex: equal layouts have equal keys. */
    public String key() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        cells.forEach((item, location) -> digest.update(
                (part(item) + part(location.sheet()) + part(location.a1())).getBytes(StandardCharsets.UTF_8)));
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** A text as the key reads it: its length first, so that no text can pass for two. */
    private static String part(String text) {
        return text == null ? "-;" : text.length() + ":" + text;
    }

    private static String sheetName(String name) {
        return name == null || name.length() <= SHEET_NAME_LENGTH ? name : name.substring(0, SHEET_NAME_LENGTH);
    }
}
