package org.huizong.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.huizong.form.ReportPeriod;
import org.huizong.text.Messages;
import org.huizong.unit.Unit;

/**
 * The rules that look across the units of a period once everything is ingested: identical tables from two units
 * (U-DUP), files received after the deadline (U-LATE) and active units that sent nothing (U-MISSING).
 */
public final class CrossUnitRules {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FindingMessages messages = new FindingMessages();

    /** Findings on files (by file id) and on units without a file (by USCC). */
    public record Result(Map<Long, List<Finding>> byFile, Map<String, Finding> byMissingUnit) {}

    public Result check(
            ReportPeriod period,
            LocalDate deadline,
            List<CurrentSubmission> current,
            List<Unit> silentUnits,
            LocalDate runDay) {
        Map<Long, List<Finding>> byFile = new LinkedHashMap<>();
        duplicates(current, byFile);
        for (CurrentSubmission submission : current) {
            LocalDate day = submission.receivedAt().toLocalDate();
            if (day.isAfter(deadline)) {
                String message = messages.format(
                        "finding." + Rule.U_LATE.id(),
                        WHEN.format(submission.receivedAt()),
                        deadline,
                        ChronoUnit.DAYS.between(deadline, day));
                byFile.computeIfAbsent(submission.fileId(), k -> new ArrayList<>())
                        .add(Finding.ofFile(Rule.U_LATE, message));
            }
        }
        Map<String, Finding> missing = new LinkedHashMap<>();
        for (Unit unit : silentUnits) {
            missing.put(
                    unit.uscc(),
                    Finding.ofFile(
                            Rule.U_MISSING, messages.format("finding." + Rule.U_MISSING.id(), runDay, period.label())));
        }
        return new Result(byFile, missing);
    }

    /** One U-DUP per submission whose table equals others', naming up to three of them and how many there are. */
    private void duplicates(List<CurrentSubmission> current, Map<Long, List<Finding>> byFile) {
        Map<String, List<CurrentSubmission>> byContent = new LinkedHashMap<>();
        for (CurrentSubmission submission : current) {
            if (submission.content() != null) {
                byContent
                        .computeIfAbsent(submission.content(), k -> new ArrayList<>())
                        .add(submission);
            }
        }
        for (List<CurrentSubmission> same : byContent.values()) {
            for (CurrentSubmission submission : same) {
                List<String> others = same.stream()
                        .filter(o -> !o.uscc().equals(submission.uscc()))
                        .map(CurrentSubmission::unitName)
                        .distinct()
                        .toList();
                if (others.isEmpty()) {
                    continue;
                }
                String named = others.subList(0, Math.min(3, others.size())).stream()
                                .map(name -> Messages.text("validation.duplicate.unit", name))
                                .collect(Collectors.joining())
                        + (others.size() > 3 ? Messages.text("validation.duplicate.more", others.size()) : "");
                byFile.computeIfAbsent(submission.fileId(), k -> new ArrayList<>())
                        .add(Finding.ofFile(Rule.U_DUP, messages.format("finding." + Rule.U_DUP.id(), named)));
            }
        }
    }
}
