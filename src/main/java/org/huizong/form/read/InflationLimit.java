package org.huizong.form.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a zip entry inflates to and stops when they pass the uncompressed-size limit or the expansion
 * ratio over the entry's compressed size: the sizes a package declares can lie, the inflated bytes cannot.
 */
final class InflationLimit extends FilterInputStream {

    /** The entry inflated beyond the limits. */
    static final class Exceeded extends IOException {
        Exceeded(String message) {
            super(message);
        }
    }

    private static final long SMALL = 1024 * 1024;

    private final long compressed;
    private final WorkbookLimits limits;
    private long inflated;

    InflationLimit(InputStream in, long compressed, WorkbookLimits limits) {
        super(in);
        this.compressed = Math.max(compressed, 1);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws Exceeded {
        inflated += n;
        if (inflated > limits.maxUncompressedBytes()
                || inflated > SMALL && inflated / compressed > limits.maxExpansionRatio()) {
            throw new Exceeded("entry inflates to more than " + inflated + " bytes from " + compressed);
        }
    }

    /** Whether {@code e} or one of its causes is an {@link Exceeded}. */
    static boolean exceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() != t ? t.getCause() : null) {
            if (t instanceof Exceeded) {
                return true;
            }
            if (t instanceof javax.xml.stream.XMLStreamException x && x.getNestedException() instanceof Exceeded) {
                return true;
            }
        }
        return false;
    }
}
