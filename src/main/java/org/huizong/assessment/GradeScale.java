package org.huizong.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** Grades by minimum score, highest first: ≥ 90 优秀, ≥ 70 良好, ≥ 60 合格, else 不合格. */
record GradeScale(List<Grade> grades, String below) {

    record Grade(BigDecimal minimum, String name) {
    }

    GradeScale {
        grades = grades.stream().sorted(Comparator.comparing(Grade::minimum).reversed()).toList();
    }

    String of(BigDecimal score) {
        return grades.stream().filter(g -> score.compareTo(g.minimum()) >= 0).map(Grade::name).findFirst().orElse(below);
    }

    /** {@code ≥ 90 优秀，≥ 70 良好，≥ 60 合格，其余 不合格}. */
    String describe() {
        StringBuilder text = new StringBuilder();
        grades.forEach(g -> text.append("≥ ").append(Numbers.text(g.minimum())).append(" ").append(g.name()).append("，"));
        return text.append("其余 ").append(below).toString();
    }
}
