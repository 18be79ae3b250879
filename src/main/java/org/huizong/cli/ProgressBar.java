package org.huizong.cli;

import java.io.PrintStream;
import org.huizong.submission.IngestionProgress;
import org.huizong.text.Messages;

/**
 * Shows a job's progress: a line as each step starts and ends ({@link StepLines}), and how many workbooks are
 * ingested, as a live bar on a terminal or a line per 10% in a log.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final IngestionProgress progress;
    private final StepLines steps;
    private final PrintStream out;
    private final boolean terminal = System.console() != null;
    private final Thread thread;
    private volatile boolean running = true;
    private int lastTenth = -1;

    ProgressBar(IngestionProgress progress, StepLines steps, PrintStream out) {
        this.progress = progress;
        this.steps = steps;
        this.out = out;
        this.thread = new Thread(this::loop, "progress");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (running) {
            show();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void show() {
        for (String line : steps.next()) {
            out.print(terminal ? "\r" + line + " ".repeat(WIDTH + 20) + "\n" : line + "\n");
        }
        int total = progress.total();
        int done = Math.min(progress.done(), total);
        if (total == 0) {
            return;
        }
        int filled = done * WIDTH / total;
        String bar =
                Messages.text("cli.progress.reading", "#".repeat(filled) + ".".repeat(WIDTH - filled), done, total);
        if (terminal) {
            out.print("\r" + bar);
        } else if (done * 10 / total != lastTenth) {
            lastTenth = done * 10 / total;
            out.println(bar);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
        show();
        if (terminal) {
            out.println();
        }
    }
}
