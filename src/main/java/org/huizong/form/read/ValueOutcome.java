package org.huizong.form.read;

/** How a value cell's content was understood. */
public enum ValueOutcome {
    /** A plain number, as expected. */
    PLAIN,
    /** Empty: zero. */
    BLANK,
    /** Understood after normalising how it was written (text number, full-width digits, unit suffix, 无/— as 0, formula). */
    NORMALISED,
    /** A formula's result worked out by the reader, the file having saved none (or declared it stale). */
    COMPUTED,
    /** A formula the reader had to work out and could not: never 0. */
    FORMULA_FAILED,
    /** Not a number at all (约20, 若干, 见附件, an error value). */
    NOT_A_NUMBER,
    NEGATIVE,
    /** A fraction in a count cell. */
    FRACTION,
    /** More decimals than the value type allows (万元: 4). */
    TOO_MANY_DECIMALS,
    /** Far beyond any statistic (an ID or telephone number typed into a count cell). */
    TOO_LARGE;

    public boolean isAccepted() {
        return this == PLAIN || this == BLANK || this == NORMALISED || this == COMPUTED;
    }
}
