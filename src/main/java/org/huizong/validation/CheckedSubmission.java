package org.huizong.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.huizong.form.read.Justification;
import org.huizong.unit.Unit;

/**
 * A submission after validation: the unit it belongs to (null when unidentified), the values read (only cells that
 * were understood) and where each was read, every finding, contact details from its 基本信息 for chasing, and the
 * 说明 it carried.
 */
public record CheckedSubmission(
        Unit unit,
        Map<String, BigDecimal> values,
        List<Finding> findings,
        String contactPerson,
        String contactPhone,
        List<Justification> justifications,
        Map<String, ValueLocation> locations) {

    public CheckedSubmission {
        values = Map.copyOf(values);
        findings = List.copyOf(findings);
        justifications = List.copyOf(justifications);
        locations = Map.copyOf(locations);
    }

    public CheckedSubmission(
            Unit unit,
            Map<String, BigDecimal> values,
            List<Finding> findings,
            String contactPerson,
            String contactPhone) {
        this(unit, values, findings, contactPerson, contactPhone, List.of(), Map.of());
    }

    public SubmissionStatus status() {
        return SubmissionStatus.of(findings);
    }
}
