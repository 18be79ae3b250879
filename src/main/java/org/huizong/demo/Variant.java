package org.huizong.demo;

/** How a submitted workbook deviates in form (never in meaning) from the generated template. */
public enum Variant {
    /** Saved as BIFF8 {@code .xls}; kept by a unit for all its files. */
    LEGACY_XLS,
    /** Unit and period written in a title row of a table sheet ("填报单位：…　　统计期：…"). */
    TITLE_ROW_INFO,
    /** Some cells hold text numbers; see {@link DemoSubmission#rawTexts()}. Never combined with formulas. */
    TEXT_NUMBERS,
    /** Total cells are formulas with cached results. */
    FORMULA_TOTALS,
    /** Total cells are formulas without cached results. Never combined with LEGACY_XLS. */
    FORMULAS_WITHOUT_CACHE,
    /** Sheet names with prefixes/suffixes, e.g. "表三 申请情况", "表3". */
    RENAMED_SHEETS,
    /** Sheets in another order. */
    SHUFFLED_SHEETS,
    /** Extra blank rows and columns inside and around the tables. */
    BLANK_ROWS_AND_COLUMNS,
    /** An extra 备注 column to the right of the tables. */
    REMARK_COLUMN,
    /** Labels written with half-width brackets and punctuation, e.g. "(二)". */
    HALF_WIDTH_LABELS
}
