package org.huizong.assessment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.huizong.form.write.ReportCell;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportTable;
import org.huizong.output.pdf.PdfDocument;
import org.huizong.output.pdf.PdfReportWriter;
import org.huizong.output.pdf.PdfSection;
import org.huizong.period.RunContext;

/**
 * The ranking for assessors as a PDF: the notes (model, its SHA-256, the inputs' fingerprint, each indicator's rule),
 * each group's table, then every member's working indicator by indicator, so that any score can be redone by hand.
 */
final class RankingPdf {

    static final String FILE = "排名.pdf";

    private final PdfReportWriter writer = new PdfReportWriter();

    void write(RunContext run, PeriodRanking ranking) throws IOException {
        AssessmentModel model = ranking.model();
        List<PdfSection> sections = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        new RankingNotes(run, ranking).rows().forEach(row -> notes.add(row.get(0) + "：" + row.get(1)));
        sections.add(PdfSection.text(false, "说明", notes));
        for (GroupRanking group : ranking.groups()) {
            sections.add(PdfSection.table(true, group.group().name() + "（" + group.ranked().size() + " 个）", table(group)));
        }
        for (GroupRanking group : ranking.groups()) {
            boolean first = true;
            for (RankedSubject ranked : group.ranked()) {
                sections.add(PdfSection.text(first, (first ? "计算明细 · " + group.group().name() + "\n" : "") + heading(ranked), working(ranked)));
                first = false;
            }
        }
        String title = run.city().name() + run.period().label() + "政务公开工作考核排名";
        writer.write(new PdfDocument(title, "考核模型：" + model.name() + "（版本 " + model.version() + "）",
                "模型文件 SHA-256 " + model.sha256().substring(0, 16) + "…　输入数据指纹 " + ranking.inputsSha256().substring(0, 16) + "…",
                sections), run.periodOutput().resolve(FILE));
    }

    private static ReportTable table(GroupRanking group) {
        List<String> header = new ArrayList<>(List.of("名次　名称（名次变化）", "总分", "等次"));
        group.indicators().forEach(i -> header.add(i.name() + "（" + Numbers.text(i.points()) + "分）"));
        List<ReportRow> rows = new ArrayList<>();
        for (RankedSubject ranked : group.ranked()) {
            List<ReportCell> cells = new ArrayList<>(List.of(ReportCell.text(RankingExporter.shown(ranked.score())), ReportCell.text(ranked.grade())));
            ranked.scores().forEach(s -> cells.add(ReportCell.text(RankingExporter.shown(s.points()))));
            rows.add(ReportRow.plain(ranked.rank() + "　" + ranked.subject().name() + "（" + ranked.rankChange() + "）", cells));
        }
        return new ReportTable(null, header, rows);
    }

    private static String heading(RankedSubject ranked) {
        return ranked.rank() + "　" + ranked.subject().name() + "　总分 " + RankingExporter.shown(ranked.score()) + "　" + ranked.grade();
    }

    private static List<String> working(RankedSubject ranked) {
        List<String> lines = new ArrayList<>();
        for (IndicatorScore score : ranked.scores()) {
            lines.add(score.indicator().name() + "（" + Numbers.text(score.indicator().points()) + " 分）得 " + Numbers.text(score.points())
                    + "：" + score.working() + (score.inputs().isEmpty() ? "" : "。输入：" + score.inputs()));
        }
        return lines;
    }
}
