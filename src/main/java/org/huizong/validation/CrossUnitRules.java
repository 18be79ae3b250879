package org.huizong.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.huizong.form.PlainNumber;
import org.huizong.form.ReportPeriod;
import org.huizong.unit.Unit;

/**
 * The rules that look across the units of a period once everything is ingested: identical tables from two units
 * (U-DUP), files received after the deadline (U-LATE) and active units that sent nothing (U-MISSING).
 */
public final class CrossUnitRules {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FindingMessages messages = new FindingMessages();

    /** Findings on files (by file id) and on units without a file (by USCC). */
    public record Result(Map<Long, List<Finding>> byFile, Map<String, Finding> byMissingUnit) {
    }

    public Result check(ReportPeriod period, LocalDate deadline, List<CurrentSubmission> current, List<Unit> silentUnits,
                        LocalDate runDay) {
        Map<Long, List<Finding>> byFile = new LinkedHashMap<>();
        duplicates(current, byFile);
        for (CurrentSubmission submission : current) {
            LocalDate day = submission.receivedAt().toLocalDate();
            if (day.isAfter(deadline)) {
                String message = messages.format("finding." + Rule.U_LATE.id(), WHEN.format(submission.receivedAt()), deadline,
                        ChronoUnit.DAYS.between(deadline, day));
                byFile.computeIfAbsent(submission.fileId(), k -> new ArrayList<>()).add(Finding.ofFile(Rule.U_LATE, message));
            }
        }
        Map<String, Finding> missing = new LinkedHashMap<>();
        for (Unit unit : silentUnits) {
            missing.put(unit.uscc(), Finding.ofFile(Rule.U_MISSING, messages.format("finding." + Rule.U_MISSING.id(), runDay, period.label())));
        }
        return new Result(byFile, missing);
    }

    private void duplicates(List<CurrentSubmission> current, Map<Long, List<Finding>> byFile) {
        Map<String, List<CurrentSubmission>> byContent = new LinkedHashMap<>();
        for (CurrentSubmission submission : current) {
            if (submission.values().isEmpty() || submission.values().values().stream().allMatch(v -> v.signum() == 0)) {
                continue;
            }
            byContent.computeIfAbsent(fingerprint(submission.values()), k -> new ArrayList<>()).add(submission);
        }
        for (List<CurrentSubmission> same : byContent.values()) {
            for (CurrentSubmission submission : same) {
                for (CurrentSubmission other : same) {
                    if (other != submission && !other.uscc().equals(submission.uscc())) {
                        byFile.computeIfAbsent(submission.fileId(), k -> new ArrayList<>())
                                .add(Finding.ofFile(Rule.U_DUP, messages.format("finding." + Rule.U_DUP.id(), other.unitName())));
                    }
                }
            }
        }
    }

    private static String fingerprint(Map<String, BigDecimal> values) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(values).forEach((item, value) -> text.append(item).append('=').append(PlainNumber.format(value)).append(';'));
        return text.toString();
    }
}
