package org.huizong.assessment;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.huizong.form.write.CellFormat;
import org.huizong.form.write.ReportCell;
import org.huizong.form.write.SheetTable;
import org.huizong.form.write.TableWorkbookWriter;
import org.huizong.output.CsvTable;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;

/**
 * Writes a period's ranking: {@code ranking.csv} (contracts.md), {@code 排名.xlsx} — a 说明 sheet naming the model
 * and the inputs' fingerprint, one sheet per group, and 计算明细 with each score's inputs, formula, raw value, points
 * and working — and the same for assessors in {@code 排名.pdf}.
 */
public final class RankingExporter {

    public static final String CSV = "ranking.csv";
    public static final String WORKBOOK = Messages.text("assessment.ranking.file.workbook");

    private final TableWorkbookWriter workbooks = new TableWorkbookWriter();
    private final RankingPdf pdf = new RankingPdf();

    void export(RunContext run, PeriodRanking ranking) throws IOException {
        CsvTable.write(run.periodOutput().resolve(CSV), csvHeader(ranking.model()), csvRows(ranking));
        List<SheetTable> sheets = new ArrayList<>();
        sheets.add(new SheetTable(
                Messages.text("assessment.ranking.notes"),
                List.of(Messages.text("assessment.ranking.notes.header").split("\\|")),
                new RankingNotes(run, ranking).rows()));
        for (GroupRanking group : ranking.groups()) {
            sheets.add(groupSheet(group));
        }
        sheets.add(detailSheet(ranking, new Wording(run.form())));
        workbooks.write(sheets, run.periodOutput().resolve(WORKBOOK));
        pdf.write(run, ranking);
    }

    private static List<String> csvHeader(AssessmentModel model) {
        List<String> header = new ArrayList<>(List.of("period", "group", "rank", "code", "name", "score", "grade"));
        model.indicators().forEach(i -> header.add(i.name()));
        return header;
    }

    private static List<List<Object>> csvRows(PeriodRanking ranking) {
        List<List<Object>> rows = new ArrayList<>();
        for (GroupRanking group : ranking.groups()) {
            for (RankedSubject ranked : group.ranked()) {
                List<Object> row = new ArrayList<>(List.of(
                        ranking.period(),
                        group.group().name(),
                        ranked.rank(),
                        ranked.subject().code(),
                        ranked.subject().name(),
                        Numbers.text(ranked.score()),
                        ranked.grade()));
                for (Indicator indicator : ranking.model().indicators()) {
                    row.add(ranked.scores().stream()
                            .filter(s -> s.indicator().equals(indicator))
                            .findFirst()
                            .map(s -> (Object) Numbers.text(s.points()))
                            .orElse(""));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static SheetTable groupSheet(GroupRanking group) {
        List<String> header = new ArrayList<>(
                List.of(Messages.text("assessment.ranking.header").split("\\|")));
        group.indicators()
                .forEach(i -> header.add(
                        Messages.text("assessment.ranking.indicatorHeader", i.name(), Numbers.text(i.points()))));
        List<List<Object>> rows = new ArrayList<>();
        for (RankedSubject ranked : group.ranked()) {
            List<Object> row = new ArrayList<>(List.of(
                    ranked.rank(),
                    ranked.rankChange(),
                    ranked.subject().code(),
                    ranked.subject().name(),
                    number(ranked.score(), CellFormat.SCORE),
                    ranked.grade()));
            ranked.scores().forEach(s -> row.add(number(s.points(), CellFormat.SCORE)));
            rows.add(row);
        }
        return new SheetTable(group.group().name(), header, rows);
    }

    private static SheetTable detailSheet(PeriodRanking ranking, Wording wording) {
        List<List<Object>> rows = new ArrayList<>();
        for (GroupRanking group : ranking.groups()) {
            for (RankedSubject ranked : group.ranked()) {
                for (IndicatorScore score : ranked.scores()) {
                    Indicator indicator = score.indicator();
                    rows.add(List.of(
                            group.group().name(),
                            ranked.rank(),
                            ranked.subject().name(),
                            ranked.subject().code(),
                            indicator.name(),
                            number(indicator.points(), CellFormat.SCORE),
                            wording.of(indicator.method().describe()),
                            score.inputs(),
                            score.raw() == null ? "" : number(score.raw(), CellFormat.KEPT),
                            number(score.points(), CellFormat.KEPT),
                            score.working()));
                }
            }
        }
        return new SheetTable(
                Messages.text("assessment.ranking.working.sheet"),
                List.of(Messages.text("assessment.ranking.working.header").split("\\|")),
                rows);
    }

    /** A figure stored as a number with its format, which an assessor can sort and add up. */
    private static ReportCell number(BigDecimal value, CellFormat format) {
        return ReportCell.number(Numbers.kept(value).doubleValue(), format);
    }

    /** Two decimals, for reading; the CSV and 计算明细 keep four. */
    static String shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
