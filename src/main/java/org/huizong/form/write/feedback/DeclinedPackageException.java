package org.huizong.form.write.feedback;

import java.io.IOException;

/**
 * The original holds something the streamed writer does not cover, or is a package it cannot copy; the workbook
 * library writes the feedback instead. The message says what, for the log.
 */
public final class DeclinedPackageException extends IOException {

    DeclinedPackageException(String reason) {
        super(reason);
    }
}
