package org.huizong.form.read;

/** A streamed reader leaves the file to the workbook library (the reference path), saying why. */
final class FastPathDeclined extends Exception {

    /** Why, typed: the log line and the tests tell the expected from the unexpected. */
    enum Reason {
        /** A formula to work out that is more than plain arithmetic, or a saved result the file does not vouch for. */
        FORMULA_TO_WORK_OUT,
        /** A file the streamed reader does not read exactly as the library would: a part or record it does not cover. */
        NOT_COVERED,
        /** An exception the streamed reader did not expect, logged with its stack. */
        UNEXPECTED
    }

    private final Reason reason;

    FastPathDeclined(Reason reason, String detail) {
        this(reason, detail, null);
    }

    FastPathDeclined(Reason reason, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
