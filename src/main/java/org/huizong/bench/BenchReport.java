package org.huizong.bench;

import java.io.PrintStream;
import java.util.Map;

/** The benchmark's figures: per phase seconds, files/s and MB/s, the job against the floor, and the peak heap. */
public record BenchReport(
        int files,
        long bytes,
        Map<String, Double> phases,
        double readThreadSeconds,
        double storeThreadSeconds,
        double jobSeconds,
        double jobCpuSeconds,
        double floorSeconds,
        double peerReadSeconds,
        double rerunSeconds,
        double rerunChangedSeconds,
        long peakHeapMegabytes) {

    /** From the start of publishing to the end of its last branch. */
    public static final String PUBLISHING = "publishing";

    public void print(PrintStream out) {
        double megabytes = bytes / 1024.0 / 1024.0;
        out.printf("%d workbooks, %.1f MB%n", files, megabytes);
        out.printf("%-34s %9s %9s %9s%n", "phase", "seconds", "files/s", "MB/s");
        double ingest = phases.getOrDefault("ingestStep", 0.0);
        double threads = readThreadSeconds + storeThreadSeconds;
        double read = threads == 0 ? 0 : ingest * readThreadSeconds / threads;
        row(out, "scan (list + SHA-256)", phases.getOrDefault("scanStep", 0.0), megabytes);
        row(out, "read+validate (+ archive)", read, megabytes);
        row(out, "store (files, values, findings)", ingest - read, megabytes);
        row(
                out,
                "versions, history, cross-unit",
                phases.getOrDefault("versionStep", 0.0)
                        + phases.getOrDefault("historyStep", 0.0)
                        + phases.getOrDefault("crossUnitStep", 0.0),
                megabytes);
        row(out, "consolidate", phases.getOrDefault("consolidateStep", 0.0), megabytes);
        row(out, "publishing, side by side:", phases.getOrDefault(PUBLISHING, 0.0), megabytes);
        row(out, "  CSV files", phases.getOrDefault("csvStep", 0.0), megabytes);
        row(out, "  summary workbook", phases.getOrDefault("summaryStep", 0.0), megabytes);
        row(out, "  validation report", phases.getOrDefault("validationReportStep", 0.0), megabytes);
        row(out, "  ranking", phases.getOrDefault("rankingStep", 0.0), megabytes);
        row(out, "  reports (PDF, comparison)", phases.getOrDefault("reportStep", 0.0), megabytes);
        row(out, "  feedback workbooks", phases.getOrDefault("feedbackStep", 0.0), megabytes);
        row(out, "job total", jobSeconds, megabytes);
        row(out, "  processor time, all threads", jobCpuSeconds, megabytes);
        row(out, "floor (inflate + scan sheet XML)", floorSeconds, megabytes);
        row(out, "peer: FastExcel reads every cell", peerReadSeconds, megabytes);
        row(out, "rerun, nothing new", rerunSeconds, megabytes);
        row(out, "rerun, one changed workbook", rerunChangedSeconds, megabytes);
        out.printf(
                "floor_s=%.2f ratio_floor=%.1f rerun_ratio=%.2f rerun_changed_ratio=%.2f%n",
                floorSeconds,
                floorSeconds == 0 ? 0 : jobSeconds / floorSeconds,
                rerunSeconds / jobSeconds,
                rerunChangedSeconds / jobSeconds);
        out.printf(
                "bench: files=%d job_s=%.2f peer_read_s=%.2f ratio_peer=%.2f rerun_s=%.2f rerun_changed_s=%.2f peak_heap_mb=%d%n",
                files,
                jobSeconds,
                peerReadSeconds,
                peerReadSeconds == 0 ? 0 : jobSeconds / peerReadSeconds,
                rerunSeconds,
                rerunChangedSeconds,
                peakHeapMegabytes);
    }

    private void row(PrintStream out, String phase, double seconds, double megabytes) {
        out.printf(
                "%-34s %9.2f %9.0f %9.1f%n",
                phase, seconds, seconds == 0 ? 0 : files / seconds, seconds == 0 ? 0 : megabytes / seconds);
    }
}
