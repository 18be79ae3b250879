package org.huizong.assessment;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the pipeline knows about a unit's period besides its values, usable in formulas by these names. For a county
 * each fact is the sum over the county's units.
 */
enum Fact {
    /** Days after the deadline that the current version (or the refused file) arrived. */
    DAYS_LATE("days_late", "迟报天数"),
    /** ERROR and REJECT findings on the unit's first file of the period. */
    FIRST_ERRORS("first_errors", "首版错误数"),
    /** WARNING findings on the unit's first file of the period. */
    FIRST_WARNINGS("first_warnings", "首版警告数"),
    /** WARNING findings on the current version that carry no 说明. */
    UNJUSTIFIED_WARNINGS("unjustified_warnings", "未说明的警告数"),
    /** WARNING findings on the current version that carry a 说明. */
    JUSTIFIED_WARNINGS("justified_warnings", "已说明的警告数"),
    /** Versions the unit sent in the period. */
    VERSIONS("versions", "报送版本数"),
    /** 1 for a unit (for a county: the number of its active units). */
    UNITS("units", "应报单位数"),
    /** 1 when the unit sent nothing (for a county: how many of its units sent nothing). */
    UNITS_MISSING("units_missing", "未报送单位数");

    private final String variable;
    private final String label;

    Fact(String variable, String label) {
        this.variable = variable;
        this.label = label;
    }

    String variable() {
        return variable;
    }

    String label() {
        return label;
    }

    static Set<String> variables() {
        return Arrays.stream(values()).map(Fact::variable).collect(Collectors.toUnmodifiableSet());
    }
}
