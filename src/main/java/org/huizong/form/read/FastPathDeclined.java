package org.huizong.form.read;

/** A streaming reader leaves the file to the workbook library (the reference path), saying why. */
final class FastPathDeclined extends Exception {

    FastPathDeclined(String reason) {
        this(reason, null);
    }

    FastPathDeclined(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
