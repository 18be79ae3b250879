package org.huizong.form.write.feedback;

import java.io.IOException;

/** The package holds something the streamed writer does not cover; the workbook library writes the feedback instead. */
final class DeclinedPackageException extends IOException {

    DeclinedPackageException(String reason) {
        super(reason);
    }
}
