package org.huizong.form.read;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many files of this process the streaming readers left to the workbook library: the run summary and the
 * benchmark print the count of their run (the difference between two readings), the log names each file and why.
 */
public final class FastPathDeclines {

    private static final AtomicLong COUNT = new AtomicLong();

    private FastPathDeclines() {
    }

    static void record() {
        COUNT.incrementAndGet();
    }

    /** The files declined so far by this process. */
    public static long count() {
        return COUNT.get();
    }
}
