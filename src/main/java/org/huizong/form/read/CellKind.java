package org.huizong.form.read;

/** What a cell of a submitted workbook holds, after formulas are resolved to their results. */
public enum CellKind {
    BLANK,
    NUMBER,
    TEXT,
    BOOLEAN,
    ERROR
}
