package org.huizong.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.huizong.validation.ValueLocation;

/**
 * The items a file gave as zero, with the cells they were read from, written as one text: for each sheet its name
 * preceded by its length ({@code 6:主动公开情况}), then {@code item=cell} pairs separated by commas, then a semicolon.
 * Items read from no known cell come under {@code -:}. The length prefix lets a sheet name hold any character; an
 * item code holding ',', '=' or ';' is not listed here (it is stored as a row).
 */
final class ZeroCells {

    static final int SHEET_NAME_LENGTH = 100;

    private ZeroCells() {
    }

    static boolean canList(String item) {
        return !item.isEmpty() && item.chars().noneMatch(c -> c == ',' || c == '=' || c == ';');
    }

    /** A sheet name as stored: at most {@value #SHEET_NAME_LENGTH} characters. */
    static String sheetName(String name) {
        return name == null || name.length() <= SHEET_NAME_LENGTH ? name : name.substring(0, SHEET_NAME_LENGTH);
    }

    static String encode(Map<String, ValueLocation> zeros) {
        Map<String, List<String>> bySheet = new LinkedHashMap<>();
        zeros.forEach((item, location) -> {
            boolean located = location != null && location.sheet() != null && location.a1() != null;
            String header = located ? sheetName(location.sheet()).length() + ":" + sheetName(location.sheet()) : "-:";
            bySheet.computeIfAbsent(header, h -> new ArrayList<>()).add(located ? item + "=" + location.a1() : item);
        });
        StringBuilder text = new StringBuilder();
        bySheet.forEach((header, items) -> text.append(header).append(String.join(",", items)).append(';'));
        return text.toString();
    }

    static Map<String, ValueLocation> decode(String text) {
        Map<String, ValueLocation> zeros = new LinkedHashMap<>();
        int at = 0;
        while (at < text.length()) {
            int colon = text.indexOf(':', at);
            String sheet = null;
            int itemsFrom = colon + 1;
            if (!text.startsWith("-:", at)) {
                int length = Integer.parseInt(text.substring(at, colon));
                sheet = text.substring(colon + 1, colon + 1 + length);
                itemsFrom = colon + 1 + length;
            }
            int end = text.indexOf(';', itemsFrom);
            for (String pair : text.substring(itemsFrom, end).split(",")) {
                int equals = pair.indexOf('=');
                if (equals < 0) {
                    zeros.put(pair, new ValueLocation(null, null));
                } else {
                    zeros.put(pair.substring(0, equals), new ValueLocation(sheet, pair.substring(equals + 1)));
                }
            }
            at = end + 1;
        }
        return zeros;
    }
}
