package org.huizong.form.read;

/** What a cell of a submitted workbook holds, after formulas are resolved to their results. */
public enum CellKind {
    BLANK,
    NUMBER,
    TEXT,
    BOOLEAN,
    ERROR,
    /** A formula the reader had to work out and could not ({@link GridCell#failure()} says why). */
    UNEVALUATED
}
