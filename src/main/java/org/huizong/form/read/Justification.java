package org.huizong.form.read;

/** A 说明 a bureau wrote beside a finding in the 问题清单 sheet of a returned workbook. */
public record Justification(String rule, String sheetName, String a1, String text) {}
