package org.huizong.form;

/** The reporting period a form covers. */
public enum PeriodKind {
    MONTH,
    YEAR
}
