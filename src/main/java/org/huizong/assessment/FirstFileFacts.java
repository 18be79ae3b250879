package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.huizong.submission.SubmittedFiles;

/**
 * The facts of each unit's files in a period: the findings on its first file (the first it sent that is not a copy of
 * another, whatever became of it), the warnings left on its current version with and without a 说明, and how many
 * versions it sent.
 */
final class FirstFileFacts {

    private final SubmittedFiles files;

    FirstFileFacts(SubmittedFiles files) {
        this.files = files;
    }

    /** Facts that are all 0, for a unit that sent nothing. */
    static Map<String, BigDecimal> none() {
        Map<String, BigDecimal> facts = new HashMap<>();
        for (Fact fact : new Fact[] {
            Fact.FIRST_ERRORS, Fact.FIRST_WARNINGS, Fact.UNJUSTIFIED_WARNINGS, Fact.JUSTIFIED_WARNINGS, Fact.VERSIONS
        }) {
            facts.put(fact.variable(), BigDecimal.ZERO);
        }
        return facts;
    }

    /** By USCC, for every unit that sent something. */
    Map<String, Map<String, BigDecimal>> of(String period) {
        Map<String, Map<String, BigDecimal>> facts = new HashMap<>();
        for (SubmittedFiles.FileTally file : files.tallies(period)) {
            Map<String, BigDecimal> unit = facts.computeIfAbsent(file.uscc(), k -> none());
            if (file.first()) {
                unit.put(Fact.FIRST_ERRORS.variable(), BigDecimal.valueOf(file.errors()));
                unit.put(Fact.FIRST_WARNINGS.variable(), BigDecimal.valueOf(file.warnings()));
            }
            if (file.current()) {
                unit.put(Fact.UNJUSTIFIED_WARNINGS.variable(), BigDecimal.valueOf(file.unjustifiedWarnings()));
                unit.put(
                        Fact.JUSTIFIED_WARNINGS.variable(),
                        BigDecimal.valueOf(file.warnings() - file.unjustifiedWarnings()));
            }
            if (file.versioned()) {
                unit.merge(Fact.VERSIONS.variable(), BigDecimal.ONE, BigDecimal::add);
            }
        }
        return facts;
    }
}
