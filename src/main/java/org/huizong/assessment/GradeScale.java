package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.huizong.text.Messages;

/** Grades by minimum score, highest first: ≥ 90 优秀, ≥ 70 良好, ≥ 60 合格, else 不合格. */
record GradeScale(List<Grade> grades, String below) {

    record Grade(BigDecimal minimum, String name) {}

    GradeScale {
        grades = grades.stream()
                .sorted(Comparator.comparing(Grade::minimum).reversed())
                .toList();
    }

    String of(BigDecimal score) {
        return grades.stream()
                .filter(g -> score.compareTo(g.minimum()) >= 0)
                .map(Grade::name)
                .findFirst()
                .orElse(below);
    }

    /** {@code ≥ 90 优秀，≥ 70 良好，≥ 60 合格，其余 不合格}. */
    String describe() {
        StringBuilder text = new StringBuilder();
        grades.forEach(g -> text.append(Messages.text("assessment.grades.grade", Numbers.text(g.minimum()), g.name())));
        return text.append(Messages.text("assessment.grades.below", below)).toString();
    }
}
