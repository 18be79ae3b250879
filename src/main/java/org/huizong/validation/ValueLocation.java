package org.huizong.validation;

/** Where a value was read: the workbook's own sheet name and the A1 address of the cell. */
public record ValueLocation(String sheet, String a1) {}
