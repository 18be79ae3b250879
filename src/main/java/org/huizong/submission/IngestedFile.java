package org.huizong.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.huizong.form.read.Justification;
import org.huizong.validation.Finding;
import org.huizong.validation.SubmissionStatus;
import org.huizong.validation.ValueLocation;

/** One inbox file after reading and validation, ready to be stored: its unit, status, values, findings and 说明. */
public record IngestedFile(
        InboxFile inbox,
        String formCode,
        String unitUscc,
        String unitName,
        SubmissionStatus status,
        String contactPerson,
        String contactPhone,
        Map<String, BigDecimal> values,
        List<Finding> findings,
        List<Justification> justifications,
        Map<String, ValueLocation> locations) {

    public IngestedFile {
        values = Map.copyOf(values);
        findings = List.copyOf(findings);
        justifications = List.copyOf(justifications);
        locations = Map.copyOf(locations);
    }
}
