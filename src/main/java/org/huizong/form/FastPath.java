package org.huizong.form;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The fast paths of the workbook packages, each an optimisation beside a reference path through the workbook library,
 * and how many files each declined in this process (those went the reference way). The run summary and the benchmark
 * print the difference between two readings; the log names each file and why.
 */
public enum FastPath {

    /** The streamed .xlsx and .xls readers of {@code form.read}, beside the workbook library's reader. */
    STREAMED_READER,
    /** The streamed feedback writer of {@code form.write.feedback}, beside the workbook library's writer. */
    STREAMED_FEEDBACK;

    private final AtomicLong declines = new AtomicLong();

    /** One more file left to the reference path. */
    public void recordDecline() {
        declines.incrementAndGet();
    }

    /** The files left to the reference path so far by this process. */
    public long declines() {
        return declines.get();
    }
}
