package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.huizong.text.Messages;

/**
 * The assessment model of {@code jobs/config/assessment.yml} (assessment.md): groups, indicators, grades; with the
 * SHA-256 of the file it was read from, so that a published ranking names the model that made it.
 */
public record AssessmentModel(
        String name, String version, String sha256, List<Group> groups, List<Indicator> indicators, GradeScale grades) {

    public static final String FILE = "assessment.yml";

    public AssessmentModel {
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
    }

    /** The points of the indicators applying to a group (usually 100). */
    BigDecimal fullScore(Group group) {
        return indicators.stream()
                .filter(i -> i.appliesTo(group))
                .map(Indicator::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every name the model's formulas read: item codes and facts. A ranking needs no other reported value. */
    Set<String> variables() {
        return indicators.stream()
                .flatMap(i -> i.method().formulas().stream())
                .flatMap(f -> f.variables().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** {@code 名称 版本 (SHA-256 前 12 位)}. */
    public String label() {
        return Messages.text("assessment.model.label", name, version, sha256.substring(0, 12));
    }
}
