package org.huizong.assessment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.huizong.form.write.ReportCell;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportTable;
import org.huizong.output.pdf.PdfDocument;
import org.huizong.output.pdf.PdfReportWriter;
import org.huizong.output.pdf.PdfSection;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;

/**
 * The ranking for assessors as a PDF: the notes (model, its SHA-256, the inputs' fingerprint, each indicator's rule),
 * each group's table, then every member's working indicator by indicator, so that any score can be redone by hand.
 */
final class RankingPdf {

    static final String FILE = Messages.text("assessment.ranking.file.pdf");

    private final PdfReportWriter writer = new PdfReportWriter();

    void write(RunContext run, PeriodRanking ranking) throws IOException {
        AssessmentModel model = ranking.model();
        List<PdfSection> sections = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        new RankingNotes(run, ranking)
                .rows()
                .forEach(row -> notes.add(Messages.text("assessment.ranking.pdf.note", row.get(0), row.get(1))));
        sections.add(PdfSection.text(false, Messages.text("assessment.ranking.notes"), notes));
        for (GroupRanking group : ranking.groups()) {
            sections.add(PdfSection.table(
                    true,
                    Messages.text(
                            "assessment.ranking.pdf.group",
                            group.group().name(),
                            group.ranked().size()),
                    table(group)));
        }
        for (GroupRanking group : ranking.groups()) {
            boolean first = true;
            for (RankedSubject ranked : group.ranked()) {
                sections.add(PdfSection.text(
                        first,
                        (first
                                        ? Messages.text(
                                                "assessment.ranking.pdf.working",
                                                group.group().name())
                                        : "")
                                + heading(ranked),
                        working(ranked)));
                first = false;
            }
        }
        String title = Messages.text(
                "assessment.ranking.title", run.city().name(), run.period().label());
        writer.write(
                new PdfDocument(
                        title,
                        Messages.text("assessment.ranking.pdf.model", model.name(), model.version()),
                        Messages.text(
                                "assessment.ranking.pdf.fingerprints",
                                model.sha256().substring(0, 16),
                                ranking.inputsSha256().substring(0, 16)),
                        sections),
                run.periodOutput().resolve(FILE));
    }

    private static ReportTable table(GroupRanking group) {
        List<String> header = new ArrayList<>(
                List.of(Messages.text("assessment.ranking.pdf.header").split("\\|")));
        group.indicators()
                .forEach(i -> header.add(
                        Messages.text("assessment.ranking.indicatorHeader", i.name(), Numbers.text(i.points()))));
        List<ReportRow> rows = new ArrayList<>();
        for (RankedSubject ranked : group.ranked()) {
            List<ReportCell> cells = new ArrayList<>(
                    List.of(ReportCell.text(RankingExporter.shown(ranked.score())), ReportCell.text(ranked.grade())));
            ranked.scores().forEach(s -> cells.add(ReportCell.text(RankingExporter.shown(s.points()))));
            rows.add(ReportRow.plain(
                    Messages.text(
                            "assessment.ranking.pdf.row",
                            ranked.rank(),
                            ranked.subject().name(),
                            ranked.rankChange()),
                    cells));
        }
        return new ReportTable(null, header, rows);
    }

    private static String heading(RankedSubject ranked) {
        return Messages.text(
                "assessment.ranking.pdf.heading",
                ranked.rank(),
                ranked.subject().name(),
                RankingExporter.shown(ranked.score()),
                ranked.grade());
    }

    private static List<String> working(RankedSubject ranked) {
        List<String> lines = new ArrayList<>();
        for (IndicatorScore score : ranked.scores()) {
            lines.add(Messages.text(
                    "assessment.ranking.pdf.score",
                    score.indicator().name(),
                    Numbers.text(score.indicator().points()),
                    Numbers.text(score.points()),
                    score.working(),
                    score.inputs().isEmpty() ? "" : Messages.text("assessment.ranking.pdf.inputs", score.inputs())));
        }
        return lines;
    }
}
