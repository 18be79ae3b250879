package org.huizong.form.read;

/** A 基本信息 field as written in the workbook, and where. */
public record InfoValue(String text, String sheetName, String a1) {}
