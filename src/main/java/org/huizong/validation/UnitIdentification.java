package org.huizong.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.huizong.form.InfoField;
import org.huizong.form.read.WorkbookReading;
import org.huizong.text.Messages;
import org.huizong.unit.Unit;
import org.huizong.unit.Uscc;

/**
 * Finds the unit a workbook belongs to: by 统一社会信用代码, then by unit name or alias, then (only when both are
 * absent) by the name of a folder the file sits in (F04, F05).
 */
final class UnitIdentification {

    private final FindingMessages messages;

    UnitIdentification(FindingMessages messages) {
        this.messages = messages;
    }

    Optional<Unit> identify(WorkbookReading reading, SubmissionContext context, List<Finding> findings) {
        String uscc = Uscc.normalise(reading.infoText(InfoField.USCC));
        String name = reading.infoText(InfoField.UNIT_NAME);
        Optional<Unit> unit = Optional.empty();
        if (!uscc.isEmpty()) {
            unit = context.directory().byUscc(uscc, context.period());
            if (Uscc.isWellFormed(uscc) && !Uscc.hasValidCheckCharacter(uscc)) {
                findings.add(cellFinding(
                        reading,
                        Rule.F05,
                        messages.format("finding.F05", uscc, Uscc.checkCharacter(uscc.substring(0, 17)))));
            }
        }
        if (unit.isEmpty() && !name.isBlank()) {
            unit = context.directory()
                    .byName(name, context.period())
                    .map(named -> context.directory()
                            .byUscc(named.uscc(), context.period())
                            .orElse(named));
        }
        if (unit.isEmpty() && uscc.isEmpty() && name.isBlank()) {
            unit = byFolder(context);
        }
        if (unit.isEmpty()) {
            findings.add(Finding.ofFile(Rule.F04, messages.format("finding.F04.unknown", uscc, name)));
            return Optional.empty();
        }
        if (!unit.get().isActiveIn(context.period())) {
            Unit known = unit.get();
            String validity = Messages.text(
                    "validation.identification.validity",
                    known.validFrom() == null ? "" : known.validFrom(),
                    known.validTo() == null ? "" : known.validTo());
            findings.add(Finding.ofFile(
                    Rule.F04,
                    messages.format(
                            "finding.F04.inactive",
                            known.name(),
                            context.period().label(),
                            validity)));
        }
        return unit;
    }

    /** The unit named by the nearest folder of the file's path, for attributing a file that names no unit. */
    Optional<Unit> byFolder(SubmissionContext context) {
        Path parent = Path.of(context.relativePath()).getParent();
        for (Path folder = parent; folder != null; folder = folder.getParent()) {
            String name = folder.getFileName().toString();
            Optional<Unit> unit = context.directory()
                    .byUscc(name, context.period())
                    .or(() -> context.directory().byName(name, context.period()));
            if (unit.isPresent()) {
                return unit;
            }
        }
        return Optional.empty();
    }

    /**
     * The unit a rejected file most likely came from, so that the office sees the unit sent something unusable
     * rather than nothing: its folder, else the longest unit name or alias its file name contains. Used only to
     * attribute a rejection, never to take data.
     */
    Optional<Unit> attributeRejected(SubmissionContext context) {
        Optional<Unit> byFolder = byFolder(context);
        if (byFolder.isPresent()) {
            return byFolder;
        }
        String fileName = org.huizong.form.LabelText.canonical(
                Path.of(context.relativePath()).getFileName().toString());
        Unit best = null;
        int bestLength = 0;
        for (Unit unit : context.directory().activeIn(context.period())) {
            for (String name : concat(unit.name(), unit.aliases())) {
                String canonical = org.huizong.form.LabelText.canonical(name);
                if (canonical.length() > bestLength && fileName.contains(canonical)) {
                    best = unit;
                    bestLength = canonical.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static java.util.List<String> concat(String name, java.util.List<String> aliases) {
        java.util.List<String> names = new java.util.ArrayList<>(aliases);
        names.add(0, name);
        return names;
    }

    private static Finding cellFinding(WorkbookReading reading, Rule rule, String message) {
        var at = reading.info().get(InfoField.USCC);
        return new Finding(
                rule.id(),
                rule.severity(),
                at == null ? "" : at.sheetName(),
                at == null ? "" : at.a1(),
                Messages.text("validation.identification.usccLabel"),
                "",
                null,
                null,
                message);
    }
}
