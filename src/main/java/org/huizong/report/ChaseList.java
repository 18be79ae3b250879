package org.huizong.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huizong.consolidation.UnitStatuses;
import org.huizong.period.RunContext;
import org.huizong.submission.FileFindings;
import org.huizong.submission.SubmittedFiles;
import org.huizong.text.Messages;
import org.huizong.validation.RuleDescriptions;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 催报 list: every active unit that is missing, late, returned or rejected for the period, with the reason in
 * words (what was wrong with what it sent), how many problems must be put right, and the contact person and telephone
 * from the last workbook it ever sent. A refused unit's problems are those of the last file it sent.
 */
final class ChaseList {

    static final List<String> HEADER =
            List.of(Messages.text("report.chase.header").split("\\|"));
    static final List<Integer> WIDTHS = List.of(10, 28, 20, 10, 50, 16, 8, 8, 10, 16);
    /** How many kinds of error a reason names before it says “等”. */
    private static final int NAMED = 3;

    private static final SubmittedFiles.Contact NO_CONTACT = new SubmittedFiles.Contact("", "");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UnitStatuses statuses;
    private final SubmittedFiles files;
    private final FileFindings findings;

    ChaseList(JdbcClient jdbc) {
        this.statuses = new UnitStatuses(jdbc);
        this.files = new SubmittedFiles(jdbc);
        this.findings = new FileFindings(jdbc);
    }

    List<List<Object>> rows(RunContext run) {
        List<List<Object>> rows = new ArrayList<>();
        Map<Long, Set<String>> errors = findings.blockingRules(run.period().code());
        Map<Long, Long> errorCounts = findings.blockingCounts(run.period().code());
        Map<String, SubmittedFiles.Refused> refused = files.refused(run.period().code());
        Map<String, SubmittedFiles.Contact> contacts =
                files.contacts(run.period().code());
        for (UnitStatuses.UnitStatus unit : statuses.of(run)) {
            boolean late = unit.daysLate() != null && unit.daysLate() > 0;
            String situation = switch (unit.status()) {
                case MISSING, RETURNED, REJECTED -> unit.status().label();
                default -> late ? Messages.text("report.chase.late") : null;
            };
            if (situation == null) {
                continue;
            }
            Long file = unit.status() == SubmissionStatus.REJECTED
                    ? lastRefusedFile(refused.get(unit.uscc()))
                    : unit.currentFileId();
            Set<String> rules = file == null ? Set.of() : errors.getOrDefault(file, Set.of());
            String reason = switch (unit.status()) {
                case MISSING -> Messages.text("report.chase.reason.missing");
                case RETURNED -> Messages.text("report.chase.reason.returned", named(rules));
                case REJECTED -> Messages.text("report.chase.reason.rejected", named(rules));
                default -> Messages.text("report.chase.reason.late");
            };
            if (late && unit.status() != SubmissionStatus.MISSING) {
                reason += Messages.text("report.chase.reason.daysLate", unit.daysLate());
            }
            SubmittedFiles.Contact contact = contacts.getOrDefault(unit.uscc(), NO_CONTACT);
            rows.add(List.of(
                    unit.countyName(),
                    unit.name(),
                    unit.uscc(),
                    situation,
                    reason,
                    unit.receivedAt() == null ? "" : WHEN.format(unit.receivedAt()),
                    unit.daysLate() == null ? "" : unit.daysLate(),
                    file == null ? 0L : errorCounts.getOrDefault(file, 0L),
                    contact.person(),
                    contact.phone()));
        }
        return rows;
    }

    private static Long lastRefusedFile(SubmittedFiles.Refused refused) {
        return refused == null ? null : refused.lastFileId();
    }

    private static String named(Set<String> rules) {
        if (rules.isEmpty()) {
            return Messages.text("report.chase.seeFeedback");
        }
        List<String> names =
                rules.stream().limit(NAMED).map(RuleDescriptions::of).toList();
        String listed = String.join(Messages.text("report.list.separator"), names);
        return rules.size() > NAMED ? Messages.text("report.chase.andMore", listed) : listed;
    }
}
