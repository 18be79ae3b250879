package org.huizong.assessment;

import java.util.ArrayList;
import java.util.List;

import org.huizong.period.RunContext;

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
        rows.add(List.of("考核期", run.period().label()));
        rows.add(List.of("考核模型", model.name() + "（版本 " + model.version() + "）"));
        rows.add(List.of("模型文件 SHA-256", model.sha256()));
        rows.add(List.of("输入数据指纹（SHA-256）", ranking.inputsSha256()));
        rows.add(List.of("计分方式", run.period().kind() == org.huizong.form.PeriodKind.YEAR
                ? "年度得分：每个指标取该成员各月得分的平均（只计其参加排名的月份），再求和排名"
                : "月度得分：按模型逐项计分后求和"));
        rows.add(List.of("名次", "总分相同者名次相同，下一名次顺延（1、2、2、4）；各项得分保留 4 位小数，总分为各项之和，表中显示 2 位小数"));
        rows.add(List.of("等次", model.grades().describe()));
        rows.add(List.of("名次变化", "与上一期按同一模型、同一数据库计算的名次比较；“新”表示上一期未参加排名"));
        for (Indicator indicator : model.indicators()) {
            StringBuilder rule = new StringBuilder(Numbers.text(indicator.points()) + " 分。" + wording.of(indicator.method().describe()) + "。");
            rule.append("未报送计 ").append(Numbers.text(indicator.missingPoints())).append(" 分");
            rule.append("；需要报表数据而无计入汇总的数据时计 ").append(Numbers.text(indicator.noDataPoints())).append(" 分");
            if (indicator.increaseOfYtd()) {
                rule.append("；表四（本年累计）取本期增量：本期累计数减本年此前最近一次计入汇总的累计数，计算明细列出这两个数");
            }
            if (indicator.meanOfUnits()) {
                rule.append("；区县取所辖全部单位得分的平均");
            }
            if (!indicator.groups().isEmpty()) {
                rule.append("；仅适用于").append(String.join("、", indicator.groups()));
            }
            rows.add(List.of("指标：" + indicator.name(), rule.append("。").toString()));
        }
        return rows;
    }
}
