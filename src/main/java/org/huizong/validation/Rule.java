package org.huizong.validation;

import java.util.Arrays;

/** The rule catalogue of rules.md this pipeline checks, with each rule's severity. */
public enum Rule {
    F01("F01", Severity.REJECT),
    F02("F02", Severity.REJECT),
    F03("F03", Severity.REJECT),
    F04("F04", Severity.REJECT),
    F05("F05", Severity.ERROR),
    F06("F06", Severity.ERROR),
    F07("F07", Severity.ERROR),
    F08("F08", Severity.ERROR),
    F09("F09", Severity.WARNING),
    V01("V01", Severity.ERROR),
    V02("V02", Severity.ERROR),
    V03("V03", Severity.ERROR),
    V04("V04", Severity.INFO),
    T1_SUM("T1-SUM", Severity.ERROR),
    T1_DEDUP("T1-DEDUP", Severity.ERROR),
    T1_CONS("T1-CONS", Severity.ERROR),
    T1_CHAN("T1-CHAN", Severity.ERROR),
    X_APPLY("X-APPLY", Severity.ERROR),
    T3_COL("T3-COL", Severity.ERROR),
    T3_SUM("T3-SUM", Severity.ERROR),
    T3_BAL("T3-BAL", Severity.ERROR),
    T4_SUM("T4-SUM", Severity.ERROR),
    P_CARRY("P-CARRY", Severity.ERROR),
    P_STOCK("P-STOCK", Severity.WARNING),
    P_YTD("P-YTD", Severity.ERROR),
    P_SAME("P-SAME", Severity.WARNING),
    P_OUTLIER("P-OUTLIER", Severity.WARNING),
    P_FEE_UNIT("P-FEE-UNIT", Severity.WARNING),
    P_ANNUAL("P-ANNUAL", Severity.WARNING),
    Q_GUIZHANG("Q-GUIZHANG", Severity.WARNING),
    Q_STOCK_NEG("Q-STOCK-NEG", Severity.WARNING),
    Q_COLSHIFT("Q-COLSHIFT", Severity.WARNING),
    X_NORMS("X-NORMS", Severity.WARNING),
    U_DUP("U-DUP", Severity.WARNING),
    U_LATE("U-LATE", Severity.INFO),
    U_MISSING("U-MISSING", Severity.INFO),
    /** A county coordinator returned the submission through the portal, with a reason. */
    R_RETURN("R-RETURN", Severity.ERROR);

    private final String id;
    private final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The severity of a rule id; identities a new descriptor declares under an id of its own are errors. */
    public static Severity severityOf(String id) {
        return Arrays.stream(values())
                .filter(r -> r.id.equals(id))
                .map(Rule::severity)
                .findFirst()
                .orElse(Severity.ERROR);
    }
}
