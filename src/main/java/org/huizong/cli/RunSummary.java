package org.huizong.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import org.huizong.text.Messages;
import org.huizong.validation.SubmissionStatus;

/** The closing lines of a run: what this run read, where the period stands, where the outputs are. */
final class RunSummary {

    private final Map<SubmissionStatus, Integer> files;
    private final long libraryReads;
    private final Path periodOutput;

    /**
     * {@code files}: how many files this run read ended in each status; {@code libraryReads}: how many of them the
     * streaming readers left to the workbook library (each named in the log with the reason).
     */
    RunSummary(Map<SubmissionStatus, Integer> files, long libraryReads, Path periodOutput) {
        this.files = files;
        this.libraryReads = libraryReads;
        this.periodOutput = periodOutput;
    }

    void print(ReportPeriod period, PrintStream out) throws IOException {
        out.println(Messages.text(
                period.kind() == PeriodKind.MONTH ? "cli.summary.done.month" : "cli.summary.done.year", period.code()));
        out.println(Messages.text(
                "cli.summary.files",
                total(),
                files.get(SubmissionStatus.ACCEPTED) + files.get(SubmissionStatus.ACCEPTED_WITH_WARNINGS),
                files.get(SubmissionStatus.ACCEPTED_WITH_WARNINGS),
                files.get(SubmissionStatus.RETURNED),
                files.get(SubmissionStatus.REJECTED),
                files.get(SubmissionStatus.DUPLICATE)));
        if (libraryReads > 0) {
            out.println(Messages.text("cli.summary.libraryReads", libraryReads));
        }
        Map<SubmissionStatus, Integer> units = unitStatuses();
        int total = units.values().stream().mapToInt(Integer::intValue).sum();
        int counted = units.entrySet().stream()
                .filter(e -> e.getKey().isCounted())
                .mapToInt(Map.Entry::getValue)
                .sum();
        out.println(Messages.text(
                "cli.summary.units",
                total,
                SubmissionStatus.ACCEPTED.label(),
                counted,
                SubmissionStatus.RETURNED.label(),
                units.getOrDefault(SubmissionStatus.RETURNED, 0),
                SubmissionStatus.REJECTED.label(),
                units.getOrDefault(SubmissionStatus.REJECTED, 0),
                SubmissionStatus.MISSING.label(period.kind()),
                units.getOrDefault(SubmissionStatus.MISSING, 0)));
        out.println(Messages.text("cli.summary.outputs", periodOutput));
        out.println(Messages.text("cli.summary.log"));
    }

    void printShort(ReportPeriod period, PrintStream out) {
        out.println(Messages.text(
                "cli.summary.short",
                period.code(),
                total(),
                files.get(SubmissionStatus.ACCEPTED) + files.get(SubmissionStatus.ACCEPTED_WITH_WARNINGS),
                files.get(SubmissionStatus.RETURNED),
                files.get(SubmissionStatus.REJECTED),
                files.get(SubmissionStatus.DUPLICATE)));
    }

    private int total() {
        return files.values().stream().mapToInt(Integer::intValue).sum();
    }

    private Map<SubmissionStatus, Integer> unitStatuses() throws IOException {
        Map<SubmissionStatus, Integer> counts = new EnumMap<>(SubmissionStatus.class);
        try (Reader reader =
                Files.newBufferedReader(periodOutput.resolve("completeness.csv"), StandardCharsets.UTF_8)) {
            reader.skip(1);
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(reader)) {
                counts.merge(SubmissionStatus.valueOf(row.get("status")), 1, Integer::sum);
            }
        }
        return counts;
    }
}
