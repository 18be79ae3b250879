package org.huizong.demo;

/** What the workbook writer must do wrong with a whole file; each maps to one file-level rule. */
public enum FileDefect {
    /** A regular workbook. */
    NONE(""),
    /** Omit sheet 表四 (all its values are zero in this plan). */
    MISSING_SHEET_T4("F07"),
    /** Write the label of 表三 row R04 as "（二）部分公开信息" (the row holds only zeros in this plan). */
    RENAMED_LABEL_T3_R04("F08"),
    /** Write 统计期 as {@link DemoSubmission#writtenPeriod()} (the previous month). */
    WRONG_PERIOD("F06"),
    /** Write {@link DemoSubmission#writtenUscc()}, whose check character is wrong; write the official name. */
    BAD_USCC_CHECK("F05"),
    /** Write the unit as given: it is absent from units.csv for that period. */
    UNKNOWN_UNIT("F04"),
    /** Write random bytes that are not a zip/BIFF file. */
    CORRUPT_BYTES("F01"),
    /** Write a valid workbook without any form sheet (a staff list). */
    NOT_A_FORM("F03"),
    /** Copy the bytes of the original (same unit, same period, version 1) under this submission's path. */
    DUPLICATE_COPY("F09");

    private final String rule;

    FileDefect(String rule) {
        this.rule = rule;
    }

    /** The rule id the defect triggers, "" for {@link #NONE}. */
    public String rule() {
        return rule;
    }
}
