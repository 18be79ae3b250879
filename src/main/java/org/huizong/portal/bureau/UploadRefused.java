package org.huizong.portal.bureau;

/** Something about an upload or a step of it (not its content) that stops it; the message is for the bureau. */
public final class UploadRefused extends RuntimeException {

    public UploadRefused(String message) {
        super(message);
    }
}
