package org.huizong.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huizong.form.InfoField;
import org.huizong.form.read.ItemCell;
import org.huizong.form.read.WorkbookReading;
import org.huizong.unit.Unit;

/**
 * Checks one read workbook against the rules of rules.md that concern the submission alone: file and structure, cell
 * values, and the identities and plausibility relations of its form. The rules against the unit's history run later,
 * over the current versions ({@link HistoryValidator}).
 */
public final class SubmissionValidator {

    private final FindingMessages messages = new FindingMessages();
    private final StructureCheck structure = new StructureCheck(messages);
    private final UnitIdentification identification = new UnitIdentification(messages);
    private final ValueCheck valueCheck = new ValueCheck(messages);
    private final IdentityCheck identityCheck = new IdentityCheck(messages);
    private final LevelCheck levelCheck = new LevelCheck(messages);

    public CheckedSubmission validate(WorkbookReading reading, SubmissionContext context) {
        String person = reading.infoText(InfoField.FILLER);
        String phone = reading.infoText(InfoField.PHONE);
        List<Finding> rejections = structure.rejections(reading, context);
        if (!rejections.isEmpty()) {
            Unit unit = identification.attributeRejected(context).orElse(null);
            return new CheckedSubmission(unit, Map.of(), rejections, person, phone);
        }
        List<Finding> findings = new ArrayList<>();
        Optional<Unit> unit = identification.identify(reading, context, findings);
        if (unit.isEmpty() || findings.stream().anyMatch(f -> f.severity() == Severity.REJECT)) {
            return new CheckedSubmission(unit.orElse(null), Map.of(), findings, person, phone);
        }
        structure.check(reading, context, findings);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        valueCheck.check(reading.cells(), values, findings);
        Map<String, ItemCell> cells = new LinkedHashMap<>();
        reading.cells().forEach(cell -> cells.put(cell.item().code(), cell));
        identityCheck.check(context.form().identities(), cells, values, findings);
        levelCheck.check(context.form().levelRules(), unit.get(), cells, values, findings);
        Map<String, ValueLocation> locations = new LinkedHashMap<>();
        cells.forEach((code, cell) -> locations.put(
                code, new ValueLocation(cell.sheetName(), cell.address().a1())));
        return new CheckedSubmission(
                unit.get(),
                values,
                Justifications.apply(findings, reading.justifications()),
                person,
                phone,
                reading.justifications(),
                locations);
    }

    /** A file that is not a workbook by its name (a .doc, a .pdf dropped into the folder): F01, attributed if possible. */
    public CheckedSubmission notAWorkbook(String extension, SubmissionContext context) {
        Finding finding = Finding.ofFile(Rule.F01, messages.format("finding.F01.extension", extension));
        return new CheckedSubmission(
                identification.attributeRejected(context).orElse(null), Map.of(), List.of(finding), null, null);
    }

    /** A macro workbook by its name (.xlsm, .xltm, .xlam): F01 with the macro message, attributed if possible. */
    public CheckedSubmission macroWorkbook(SubmissionContext context) {
        Finding finding = Finding.ofFile(Rule.F01, messages.format("finding.F01.macro"));
        return new CheckedSubmission(
                identification.attributeRejected(context).orElse(null), Map.of(), List.of(finding), null, null);
    }

    /** F01: the file was listed but removed from the input folder before it could be read. */
    public Finding vanished() {
        return Finding.ofFile(Rule.F01, messages.format("finding.F01.vanished"));
    }

    /** F09: the same bytes were already received as another file. */
    public Finding duplicateOf(String earlierFile) {
        return Finding.ofFile(Rule.F09, messages.format("finding.F09", earlierFile));
    }
}
