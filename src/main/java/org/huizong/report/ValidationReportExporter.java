package org.huizong.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.huizong.consolidation.UnitStatuses;
import org.huizong.form.PlainNumber;
import org.huizong.form.write.RowSource;
import org.huizong.form.write.SheetTable;
import org.huizong.form.write.StreamedTable;
import org.huizong.form.write.TableWorkbookWriter;
import org.huizong.period.RunContext;
import org.huizong.submission.FindingLists;
import org.huizong.text.Messages;
import org.huizong.validation.Finding;
import org.huizong.validation.Rule;
import org.huizong.validation.RuleDescriptions;
import org.huizong.validation.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office's validation report {@code 校验报告.xlsx}: an overview counting the problems the bureaus must deal with
 * apart from the office's notes, every finding worst first (rules named in words, the code beside), counts by rule
 * and by county, the 催报 list (units missing, late, returned or rejected, each with its reason and the contact from
 * its last workbook), and what new versions changed.
 */
public final class ValidationReportExporter {

    public static final String FILE = Messages.text("report.validation.file");

    private final TableWorkbookWriter writer = new TableWorkbookWriter();
    private final ChaseList chaseList;
    private final UnitStatuses statuses;
    private final FindingLists findingLists;

    public ValidationReportExporter(JdbcClient jdbc) {
        this.chaseList = new ChaseList(jdbc);
        this.statuses = new UnitStatuses(jdbc);
        this.findingLists = new FindingLists(jdbc);
    }

    public void export(RunContext run) throws IOException {
        String period = run.period().code();
        List<List<Object>> rules = byRule(period);
        List<StreamedTable> tables = List.of(
                StreamedTable.of(new SheetTable(
                        Messages.text("report.validation.sheet.overview"),
                        List.of(Messages.text("report.validation.overview.header")
                                .split("\\|")),
                        overview(run, rules))),
                new StreamedTable(
                        Messages.text("report.validation.sheet.findings"),
                        List.of(Messages.text("report.validation.findings.header")
                                .split("\\|")),
                        findings(period)),
                StreamedTable.of(new SheetTable(
                        Messages.text("report.validation.sheet.rules"),
                        List.of(Messages.text("report.validation.rules.header").split("\\|")),
                        rules)),
                StreamedTable.of(new SheetTable(
                        Messages.text("report.validation.sheet.counties"),
                        List.of(Messages.text("report.validation.counties.header")
                                .split("\\|")),
                        byCounty(run))),
                StreamedTable.of(new SheetTable(
                        Messages.text("report.validation.sheet.chase"), ChaseList.HEADER, chaseList.rows(run))),
                new StreamedTable(
                        Messages.text("report.validation.sheet.changes"),
                        List.of(Messages.text("report.validation.changes.header")
                                .split("\\|")),
                        changes(run)));
        writer.writeStreamed(tables, run.periodOutput().resolve(FILE));
    }

    /**
     * What the office reads first: problems and notes counted apart (notes are not sent to the bureaus), and how the
     * outputs are brought up to date.
     */
    private static List<List<Object>> overview(RunContext run, List<List<Object>> rules) {
        long[] bySeverity = new long[4];
        long normalised = 0;
        for (List<Object> rule : rules) {
            int severity = Stream.of(Severity.REJECT, Severity.ERROR, Severity.WARNING)
                    .map(Severity::label)
                    .toList()
                    .indexOf(String.valueOf(rule.get(3)));
            bySeverity[severity < 0 ? 3 : severity] += (Long) rule.get(4);
            if (Rule.V04.id().equals(rule.get(2))) {
                normalised += (Long) rule.get(4);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(
                Messages.text("report.validation.overview.period"), run.period().label()));
        rows.add(List.of(
                Messages.text("report.validation.overview.problems"),
                Messages.text(
                        "report.validation.overview.problems.counts", bySeverity[0], bySeverity[1], bySeverity[2])));
        rows.add(List.of(
                Messages.text("report.validation.overview.notes"),
                Messages.text("report.validation.overview.notes.counts", bySeverity[3], normalised)));
        rows.add(List.of(
                Messages.text("report.validation.overview.update"),
                Messages.text(
                        "report.validation.overview.update.how", run.period().code())));
        rows.add(List.of(
                Messages.text("report.validation.overview.files"),
                Messages.text("report.validation.overview.files.where")));
        return rows;
    }

    /** Every finding of the period, worst first, streamed: a large month has tens of thousands. */
    private RowSource findings(String period) {
        return sink -> findingLists.worstFirst(period, Messages.text("report.validation.unidentified"), x -> {
            Finding finding = x.finding();
            FindingSides sides = FindingSides.of(finding.rule(), finding.left(), finding.right());
            List<Object> row = new ArrayList<>();
            row.add(orEmpty(x.county()));
            row.add(orEmpty(x.unitName()));
            row.add(orEmpty(x.uscc()));
            row.add(orEmpty(x.path()));
            row.add(x.version() == null ? "" : x.version());
            row.add(finding.severity().label());
            row.add(RuleDescriptions.of(finding.rule()));
            row.add(finding.rule());
            row.add(finding.sheet());
            row.add(finding.cell());
            row.add(finding.rowLabel());
            row.add(finding.columnLabel());
            row.add(sides.reported());
            row.add(sides.expected());
            row.add(sides.difference());
            row.add(orEmpty(finding.message()));
            row.add(orEmpty(finding.justification()));
            sink.accept(row);
        });
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Findings by rule: the problems the bureaus must deal with first, then the office's notes. */
    private List<List<Object>> byRule(String period) {
        return findingLists.byRule(period).stream()
                .map(rule -> List.<Object>of(
                        rule.severity() == Severity.INFO
                                ? Messages.text("report.validation.overview.notes")
                                : Messages.text("report.validation.rules.category.unit"),
                        RuleDescriptions.of(rule.rule()),
                        rule.rule(),
                        rule.severity().label(),
                        rule.findings(),
                        rule.files()))
                .toList();
    }

    private List<List<Object>> byCounty(RunContext run) {
        java.util.Map<String, long[]> counts = new java.util.LinkedHashMap<>();
        for (UnitStatuses.UnitStatus unit : statuses.of(run)) {
            long[] c = counts.computeIfAbsent(unit.countyName(), k -> new long[6]);
            c[0]++;
            switch (unit.status()) {
                case ACCEPTED -> c[1]++;
                case ACCEPTED_WITH_WARNINGS -> {
                    c[1]++;
                    c[2]++;
                }
                case RETURNED -> c[3]++;
                case REJECTED -> c[4]++;
                default -> c[5]++;
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((county, c) -> rows.add(List.of(county, c[0], c[1], c[2], c[3], c[4], c[5])));
        return rows;
    }

    /** What each new version changed, item by item, with the form's labels. */
    private RowSource changes(RunContext run) {
        return sink -> findingLists.changes(run.period().code(), change -> {
            String item = change.item();
            var descriptor = run.form().item(item);
            sink.accept(List.<Object>of(
                    orEmpty(change.county()),
                    change.unitName(),
                    change.version(),
                    descriptor.map(d -> d.sheet().name()).orElse(""),
                    descriptor.map(d -> d.row().displayLabel()).orElse(item),
                    descriptor.map(d -> d.column().displayLabel()).orElse(""),
                    change.oldValue() == null
                            ? Messages.text("report.validation.changes.none")
                            : PlainNumber.format(change.oldValue()),
                    change.newValue() == null
                            ? Messages.text("report.validation.changes.none")
                            : PlainNumber.format(change.newValue()),
                    item));
        });
    }
}
