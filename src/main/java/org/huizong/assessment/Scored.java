package org.huizong.assessment;

import java.math.BigDecimal;

/**
 * What a scoring method made of one subject: the raw value (a ratio, a count, the points deducted), the points, and
 * the working in words an assessor can redo by hand.
 */
record Scored(BigDecimal raw, BigDecimal points, String working) {}
