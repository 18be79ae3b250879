package org.huizong.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.huizong.unit.Unit;

/**
 * A submission after validation: the unit it belongs to (null when unidentified), the values read (only cells that
 * were understood), every finding, and contact details from its 基本信息 for chasing.
 */
public record CheckedSubmission(Unit unit, Map<String, BigDecimal> values, List<Finding> findings, String contactPerson,
                                String contactPhone) {

    public CheckedSubmission {
        values = Map.copyOf(values);
        findings = List.copyOf(findings);
    }

    public SubmissionStatus status() {
        return SubmissionStatus.of(findings);
    }
}
