package org.huizong.submission;

/**
 * Which check stored a finding ({@code finding.source}). A file's findings are listed source by source in this order,
 * then in the order the check gave them ({@code finding.ordinal}, counted from 0 within the source).
 */
public enum FindingSource {
    /** The file's own check when it was ingested. */
    FILE(0),
    /** The history rules, judged again at each run. */
    HISTORY(1),
    /** The cross-unit rules, judged again at each run. */
    CROSS_UNIT(2),
    /** A county coordinator's return. */
    RETURN(3);

    private final int code;

    FindingSource(int code) {
        this.code = code;
    }

    /** The stored value; its order is the listing order. */
    public int code() {
        return code;
    }

    public static FindingSource of(int code) {
        for (FindingSource source : values()) {
            if (source.code == code) {
                return source;
            }
        }
        throw new IllegalArgumentException("no finding source " + code);
    }
}
