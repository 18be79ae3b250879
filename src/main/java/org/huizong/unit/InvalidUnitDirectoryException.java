package org.huizong.unit;

/** A units.csv that cannot be used; the message names the file and line. */
public final class InvalidUnitDirectoryException extends RuntimeException {

    public InvalidUnitDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
