package org.huizong.validation;

import java.util.List;
import org.huizong.form.InfoField;
import org.huizong.form.ReportPeriod;
import org.huizong.form.read.InfoValue;
import org.huizong.form.read.ReadProblem;
import org.huizong.form.read.WorkbookReading;
import org.huizong.text.Messages;

/**
 * File and structure rules: unreadable (F01), beyond the limits (F02), no form sheet (F03), wrong period (F06),
 * missing sheet or label (F07, F08).
 */
final class StructureCheck {

    private final FindingMessages messages;

    StructureCheck(FindingMessages messages) {
        this.messages = messages;
    }

    /** Findings that reject the file as a whole; empty when it can be read as the form. */
    List<Finding> rejections(WorkbookReading reading, SubmissionContext context) {
        return reading.problems().stream()
                .map(p -> switch (p.kind()) {
                    case UNREADABLE ->
                        Finding.ofFile(Rule.F01, messages.format(p.file().messageKey()));
                    case TOO_LARGE -> Finding.ofFile(Rule.F02, messages.format("finding.F02", p.detail()));
                    case NO_FORM_SHEET ->
                        Finding.ofFile(
                                Rule.F03,
                                messages.format("finding.F03", context.form().name()));
                    case OTHER_FORM ->
                        Finding.ofFile(
                                Rule.F03,
                                messages.format(
                                        "finding.F03.otherForm",
                                        p.detail(),
                                        context.period().label(),
                                        context.form().name()));
                    default -> null;
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    void check(WorkbookReading reading, SubmissionContext context, List<Finding> findings) {
        InfoValue written = reading.info().get(InfoField.PERIOD);
        if (written != null) {
            ReportPeriod period = context.period().parseWritten(written.text());
            if (period != null && !period.equals(context.period())) {
                findings.add(new Finding(
                        Rule.F06.id(),
                        Rule.F06.severity(),
                        written.sheetName(),
                        written.a1(),
                        Messages.text("validation.structure.periodLabel"),
                        "",
                        null,
                        null,
                        messages.format(
                                "finding.F06", written.text(), context.period().label())));
            }
        }
        for (ReadProblem problem : reading.problems()) {
            switch (problem.kind()) {
                case MISSING_SHEET ->
                    findings.add(new Finding(
                            Rule.F07.id(),
                            Rule.F07.severity(),
                            problem.sheetName(),
                            "",
                            "",
                            "",
                            null,
                            null,
                            messages.format("finding.F07", problem.sheetName(), problem.detail())));
                case MISSING_LABEL ->
                    findings.add(new Finding(
                            Rule.F08.id(),
                            Rule.F08.severity(),
                            problem.sheetName(),
                            "",
                            problem.detail(),
                            "",
                            null,
                            null,
                            messages.format("finding.F08", problem.sheetName(), problem.detail())));
                default -> {}
            }
        }
    }
}
