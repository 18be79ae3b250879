package org.huizong.form.read;

/** A workbook beyond a {@link WorkbookLimits} limit; the message says which, in Chinese for the finding. */
public final class WorkbookTooLargeException extends Exception {

    public WorkbookTooLargeException(String limit) {
        super(limit);
    }
}
