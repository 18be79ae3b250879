package org.huizong.form.write;

/** What a planned cell is, which decides its style. */
public enum CellRole {
    TITLE,
    BLOCK_TITLE,
    HEADER,
    ROW_LABEL,
    VALUE,
    INFO_LABEL,
    INFO_VALUE,
    NOTE
}
