package org.huizong.report;

/** A unit's or county's name made usable as a file or folder name anywhere: no separators, nothing Windows refuses. */
final class SafeFileName {

    private SafeFileName() {
    }

    static String of(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }
}
