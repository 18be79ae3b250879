package org.huizong.form.read;

/**
 * Why a formula whose result the file does not vouch for could not be worked out. The cell then holds no number: the
 * validation reports it on that cell (message {@code finding.V01.formula.<name>}), never as 0.
 */
public enum FormulaFailure {
    /** The formula refers to itself, directly or through other cells. */
    CYCLE,
    /** The references run deeper than {@link WorkbookLimits#maxFormulaDepth()}. */
    TOO_DEEP,
    /** A function the evaluator does not know. */
    UNSUPPORTED,
    /** A reference to another workbook. */
    EXTERNAL,
    /** Anything else the evaluator could not do. */
    OTHER
}
