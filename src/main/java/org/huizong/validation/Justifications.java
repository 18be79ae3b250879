package org.huizong.validation;

import java.util.List;
import java.util.Optional;
import org.huizong.form.read.Justification;

/**
 * Attaches a bureau's 说明 to the warning it answers: the same rule at the same sheet and cell (or, for a file-level
 * warning, the same rule). Errors cannot be justified away: a 说明 beside an error changes nothing.
 */
public final class Justifications {

    private Justifications() {}

    public static List<Finding> apply(List<Finding> findings, List<Justification> justifications) {
        if (justifications.isEmpty()) {
            return findings;
        }
        return findings.stream()
                .map(f -> f.severity() == Severity.WARNING
                        ? answer(f, justifications).map(f::justifiedBy).orElse(f)
                        : f)
                .toList();
    }

    private static Optional<String> answer(Finding finding, List<Justification> justifications) {
        return justifications.stream()
                .filter(j -> j.rule().equals(finding.rule()))
                .filter(j -> finding.cell().isEmpty()
                        || (j.a1().equalsIgnoreCase(finding.cell())
                                && j.sheetName().equals(finding.sheet())))
                .map(Justification::text)
                .findFirst();
    }
}
