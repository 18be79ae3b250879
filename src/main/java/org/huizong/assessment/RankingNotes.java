package org.huizong.assessment;

import java.util.ArrayList;
import java.util.List;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;

/** The 说明 of a ranking: which model and data made it, how scores and ranks are formed, each indicator's rule. */
final class RankingNotes {

    private final RunContext run;
    private final PeriodRanking ranking;

    private final Wording wording;

    RankingNotes(RunContext run, PeriodRanking ranking) {
        this.run = run;
        this.ranking = ranking;
        this.wording = new Wording(run.form());
    }

    List<List<Object>> rows() {
        AssessmentModel model = ranking.model();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(Messages.text("assessment.notes.period"), run.period().label()));
        rows.add(List.of(
                Messages.text("assessment.notes.model"),
                Messages.text("assessment.notes.model.value", model.name(), model.version())));
        rows.add(List.of(Messages.text("assessment.notes.modelSha"), model.sha256()));
        rows.add(List.of(Messages.text("assessment.notes.inputsSha"), ranking.inputsSha256()));
        rows.add(List.of(
                Messages.text("assessment.notes.scoring"),
                run.period().kind() == org.huizong.form.PeriodKind.YEAR
                        ? Messages.text("assessment.notes.scoring.year")
                        : Messages.text("assessment.notes.scoring.month")));
        rows.add(List.of(Messages.text("assessment.notes.rank"), Messages.text("assessment.notes.rank.value")));
        rows.add(List.of(Messages.text("assessment.notes.grade"), model.grades().describe()));
        rows.add(List.of(
                Messages.text("assessment.notes.rankChange"), Messages.text("assessment.notes.rankChange.value")));
        for (Indicator indicator : model.indicators()) {
            StringBuilder rule = new StringBuilder(Messages.text(
                    "assessment.notes.indicator.points",
                    Numbers.text(indicator.points()),
                    wording.of(indicator.method().describe())));
            rule.append(Messages.text("assessment.notes.indicator.missing", Numbers.text(indicator.missingPoints())));
            rule.append(Messages.text("assessment.notes.indicator.noData", Numbers.text(indicator.noDataPoints())));
            if (indicator.increaseOfYtd()) {
                rule.append(Messages.text("assessment.notes.indicator.increase"));
            }
            if (indicator.meanOfUnits()) {
                rule.append(Messages.text("assessment.notes.indicator.meanOfUnits"));
            }
            if (!indicator.groups().isEmpty()) {
                rule.append(Messages.text(
                        "assessment.notes.indicator.groups",
                        String.join(Messages.text("assessment.notes.indicator.groups.separator"), indicator.groups())));
            }
            rows.add(List.of(
                    Messages.text("assessment.notes.indicator", indicator.name()),
                    Messages.text("assessment.notes.indicator.end", rule)));
        }
        return rows;
    }
}
