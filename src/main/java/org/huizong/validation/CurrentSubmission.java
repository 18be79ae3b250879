package org.huizong.validation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/** A unit's current version of a period, as the cross-unit rules see it. */
public record CurrentSubmission(long fileId, String uscc, String unitName, LocalDateTime receivedAt, Map<String, BigDecimal> values) {
}
