package org.huizong.form.read;

/** A file that is not a workbook the reader can open: corrupt, encrypted, another format renamed. */
public final class UnreadableWorkbookException extends Exception {

    public UnreadableWorkbookException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
