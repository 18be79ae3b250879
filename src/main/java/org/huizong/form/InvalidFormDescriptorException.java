package org.huizong.form;

/** A form descriptor file that cannot be used: a broken installation, reported at start-up with the file's name. */
public final class InvalidFormDescriptorException extends RuntimeException {

    public InvalidFormDescriptorException(String source, String problem) {
        super("form descriptor " + source + ": " + problem);
    }

    public InvalidFormDescriptorException(String source, String problem, Throwable cause) {
        super("form descriptor " + source + ": " + problem, cause);
    }
}
