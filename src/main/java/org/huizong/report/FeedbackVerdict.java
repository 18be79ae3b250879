package org.huizong.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.huizong.period.RunContext;
import org.huizong.report.FeedbackExporter.FeedbackFile;
import org.huizong.text.Messages;
import org.huizong.validation.FindingMessages;
import org.huizong.validation.Severity;
import org.huizong.validation.SubmissionStatus;

/** What a feedback workbook tells the bureau first: the verdict on its file, and what to do about it by when. */
final class FeedbackVerdict {

    private static final FindingMessages TEXTS = new FindingMessages();
    private static final DateTimeFormatter DEADLINE =
            DateTimeFormatter.ofPattern(Messages.text("report.feedback.date"));
    private static final DateTimeFormatter RECEIVED =
            DateTimeFormatter.ofPattern(Messages.text("report.feedback.dateTime"));

    private FeedbackVerdict() {}

    /** The first lines of the 问题清单: the verdict, what to do and by when, how to answer a warning, notes. */
    static List<String> lines(RunContext run, FeedbackFile file, int[] counts, int normalised) {
        SubmissionStatus status = SubmissionStatus.valueOf(file.status());
        LocalDate due = run.period()
                .deadline(run.city().monthlyDeadlineDay(), run.city().annualDeadline());
        String deadline = DEADLINE.format(due);
        long daysLate =
                Math.max(0, ChronoUnit.DAYS.between(due, file.receivedAt().toLocalDate()));
        int errors = counts[Severity.ERROR.ordinal()] + counts[Severity.REJECT.ordinal()];
        int warnings = counts[Severity.WARNING.ordinal()];
        int count = switch (status) {
            case RETURNED -> errors;
            case ACCEPTED_WITH_WARNINGS -> warnings;
            default -> 0;
        };
        String received = RECEIVED.format(file.receivedAt());
        List<String> lines = new ArrayList<>();
        lines.add(TEXTS.format("feedback.verdict." + status.name(), deadline, count, received));
        lines.add(TEXTS.format("feedback.todo." + status.name(), deadline, count, received));
        if (warnings > 0 || status == SubmissionStatus.RETURNED) {
            lines.add(TEXTS.format("feedback.answer", deadline, count, received));
        }
        if (daysLate > 0) {
            lines.add(TEXTS.format("feedback.late", deadline, daysLate, received));
        }
        if (normalised > 0) {
            lines.add(TEXTS.format("feedback.normalised", deadline, normalised, received));
        }
        return lines;
    }
}
