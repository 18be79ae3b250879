package org.huizong.output;

/** A unit's or county's name made usable as a file or folder name anywhere: no separators, nothing Windows refuses. */
public final class SafeFileName {

    private SafeFileName() {}

    public static String of(String name) {
        String cleaned = name == null
                ? ""
                : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }
}
