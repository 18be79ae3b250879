package org.huizong.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.huizong.validation.Finding;

/** One inbox file after reading and validation, ready to be stored: its unit, status, values and findings. */
public record IngestedFile(InboxFile inbox, String formCode, String unitUscc, String unitName, FileStatus status,
                           String contactPerson, String contactPhone, Map<String, BigDecimal> values,
                           List<Finding> findings) {

    public IngestedFile {
        values = Map.copyOf(values);
        findings = List.copyOf(findings);
    }
}
