package org.huizong.form.read;

/** A file that is not a workbook the reader can open: corrupt, encrypted, another format renamed. */
public final class UnreadableWorkbookException extends Exception {

    /** What kind of unreadable: each has its own message ({@code finding.F01.<key>}). */
    public enum Reason {
        CORRUPT("unreadable"),
        EMPTY("empty"),
        ENCRYPTED("encrypted"),
        MACRO("macro"),
        EXCEL_95("excel95"),
        XLSB("xlsb"),
        /** Reading it ran out of stack: formulas or structure nested beyond what any reader handles. */
        TOO_DEEP("tooDeep");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** The message key of the F01 finding. */
        public String messageKey() {
            return "finding.F01." + key;
        }
    }

    private final Reason reason;

    public UnreadableWorkbookException(String detail, Throwable cause) {
        this(Reason.CORRUPT, detail, cause);
    }

    public UnreadableWorkbookException(Reason reason, Throwable cause) {
        this(reason, reason.name(), cause);
    }

    public UnreadableWorkbookException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
