package org.huizong.assessment;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.huizong.text.Messages;

/**
 * What the pipeline knows about a unit's period besides its values, usable in formulas by these names. For a county
 * each fact is the sum over the county's units.
 */
enum Fact {
    /** Days after the deadline that the current version (or the refused file) arrived. */
    DAYS_LATE("days_late", Messages.text("assessment.fact.daysLate")),
    /** ERROR and REJECT findings on the unit's first file of the period. */
    FIRST_ERRORS("first_errors", Messages.text("assessment.fact.firstErrors")),
    /** WARNING findings on the unit's first file of the period. */
    FIRST_WARNINGS("first_warnings", Messages.text("assessment.fact.firstWarnings")),
    /** WARNING findings on the current version that carry no 说明. */
    UNJUSTIFIED_WARNINGS("unjustified_warnings", Messages.text("assessment.fact.unjustifiedWarnings")),
    /** WARNING findings on the current version that carry a 说明. */
    JUSTIFIED_WARNINGS("justified_warnings", Messages.text("assessment.fact.justifiedWarnings")),
    /** Versions the unit sent in the period. */
    VERSIONS("versions", Messages.text("assessment.fact.versions")),
    /** 1 for a unit (for a county: the number of its active units). */
    UNITS("units", Messages.text("assessment.fact.units")),
    /** 1 when the unit sent nothing (for a county: how many of its units sent nothing). */
    UNITS_MISSING("units_missing", Messages.text("assessment.fact.unitsMissing"));

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
