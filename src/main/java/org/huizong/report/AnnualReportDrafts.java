package org.huizong.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.huizong.consolidation.CountedUnits;
import org.huizong.consolidation.UnitStatuses;
import org.huizong.form.FormCatalog;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ReportPeriod;
import org.huizong.form.write.OfficialDocument;
import org.huizong.form.write.OfficialDocxWriter;
import org.huizong.output.CsvTable;
import org.huizong.output.SafeFileName;
import org.huizong.output.pdf.OfficialPdfWriter;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;
import org.huizong.validation.AcceptedHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drafts every counted unit's 政府信息公开工作年度报告 for the year from its own annual figures, and one for each county
 * and the city from their consolidated figures: {@code 年报/<county>/<unit>_2026年政府信息公开工作年度报告（草稿）.docx},
 * with the same report as PDF beside it for reading. A unit the year does not count (months missing, its annual workbook
 * returned or refused) gets no draft: it is listed, with the reason, in {@code 年报/草稿未生成名单.csv} and in the log.
 * Units are drafted one at a time, each read by itself.
 */
public final class AnnualReportDrafts {

    public static final String NAME = Messages.text("report.draft.name");
    public static final String SKIPPED = Messages.text("report.draft.skipped.file");
    private static final String DOCX = ".docx";
    private static final String PDF = ".pdf";
    private static final List<String> SKIPPED_HEADER =
            List.of("period", "scope", "code", "name", "county_name", "status", "reason");

    private static final Logger log = LoggerFactory.getLogger(AnnualReportDrafts.class);

    /** What a run drafted: the units', the counties' and (when it counts any unit) the city's reports, and how many have none. */
    public record Drafted(int units, int counties, boolean city, int skipped) {}

    private final DraftFigures figures;
    private final UnitStatuses statuses;
    private final OfficialDocxWriter docx = new OfficialDocxWriter();
    private final OfficialPdfWriter pdf = new OfficialPdfWriter();

    public AnnualReportDrafts(JdbcClient jdbc, AcceptedHistory history) {
        this.figures = new DraftFigures(jdbc, history);
        this.statuses = new UnitStatuses(jdbc);
    }

    /** Where a unit's (or a county's) draft is: {@code 年报/<county>/<name>_2026年政府信息公开工作年度报告（草稿）.docx}. */
    public static Path draft(Path periodOutput, String county, String name, int year) {
        return periodOutput
                .resolve(UnitTablesExporter.FOLDER)
                .resolve(SafeFileName.of(county))
                .resolve(fileName(name, year));
    }

    /** The PDF beside a draft. */
    public static Path pdfOf(Path draft) {
        String name = draft.getFileName().toString();
        return draft.resolveSibling(name.substring(0, name.length() - DOCX.length()) + PDF);
    }

    /** Whether a file of the output folder is a draft (.docx or .pdf) or the list of those not drafted. */
    public static boolean isDraftFile(String name) {
        return name.endsWith(NAME + DOCX) || name.endsWith(NAME + PDF) || name.equals(SKIPPED);
    }

    public Drafted export(RunContext run) throws IOException {
        ReportPeriod year = run.period();
        Path folder = run.periodOutput().resolve(UnitTablesExporter.FOLDER);
        int removed = clearEarlierDrafts(folder);
        DraftText texts = DraftText.load(run.configDir(), run.otherForms());
        DraftComposer composer = new DraftComposer(texts, run.form());
        FormDescriptor monthlyForm = run.otherForms().stream()
                .filter(f -> f.code().equals(FormCatalog.MONTHLY))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("no monthly form " + FormCatalog.MONTHLY + " in the catalog"));

        Map<String, Map<String, BigDecimal>> countyMonthly = new HashMap<>();
        Map<String, Integer> countyPartial = new HashMap<>();
        Set<String> drafted = new HashSet<>();
        for (CountedUnits.InCounty unit : figures.countedUnits(year)) {
            DraftFigures.Months months = figures.months(run, monthlyForm, unit.uscc());
            DraftSubject subject = new DraftSubject(
                    DraftSubject.Kind.UNIT,
                    unit.name(),
                    figures.unitFigures(run, unit),
                    months.monthly(),
                    months.accepted(),
                    months.missing(),
                    0,
                    figures.previousApplications(year, unit.uscc()),
                    1,
                    1);
            write(
                    composer.compose(subject, year.year()),
                    draft(run.periodOutput(), unit.countyName(), unit.name(), year.year()));
            drafted.add(unit.uscc());
            for (String key : List.of(unit.countyCode(), run.city().code())) {
                months.monthly()
                        .forEach((item, value) -> countyMonthly
                                .computeIfAbsent(key, k -> new HashMap<>())
                                .merge(item, value, BigDecimal::add));
                countyPartial.merge(key, months.missing().isEmpty() ? 0 : 1, Integer::sum);
            }
        }

        List<List<Object>> skipped = new ArrayList<>();
        skippedUnits(run, texts, drafted, skipped);
        PeriodFigures current = figures.consolidated(year);
        PeriodFigures previous = figures.consolidated(year.previous());
        int counties = 0;
        for (ScopeFigures county : current.counties()) {
            if (county.code().equals(run.city().code())) {
                continue;
            }
            if (!county.countsAnyUnit()) {
                skipped.add(List.of(
                        year.code(),
                        "COUNTY",
                        county.code(),
                        county.name(),
                        county.name(),
                        "",
                        texts.raw("skipped.no-units")));
                log.info("year {}: no draft for {}: no unit counted", year, county.name());
                continue;
            }
            ScopeFigures before = previous.counties().stream()
                    .filter(c -> c.code().equals(county.code()))
                    .findFirst()
                    .orElse(null);
            write(
                    composer.compose(
                            scope(DraftSubject.Kind.COUNTY, county, countyMonthly, countyPartial, before), year.year()),
                    draft(run.periodOutput(), county.name(), county.name(), year.year()));
            counties++;
        }
        boolean city = current.city() != null && current.city().countsAnyUnit();
        if (city) {
            write(
                    composer.compose(
                            scope(
                                    DraftSubject.Kind.CITY,
                                    current.city(),
                                    countyMonthly,
                                    countyPartial,
                                    previous.city()),
                            year.year()),
                    folder.resolve(fileName(current.city().name(), year.year())));
        }
        CsvTable.write(folder.resolve(SKIPPED), SKIPPED_HEADER, skipped);
        if (removed > 0) {
            log.info("year {}: {} drafts of an earlier run removed before drafting again", year, removed);
        }
        return new Drafted(drafted.size(), counties, city, skipped.size());
    }

    private static DraftSubject scope(
            DraftSubject.Kind kind,
            ScopeFigures scope,
            Map<String, Map<String, BigDecimal>> monthly,
            Map<String, Integer> partial,
            ScopeFigures before) {
        return new DraftSubject(
                kind,
                scope.name(),
                scope.values(),
                monthly.getOrDefault(scope.code(), Map.of()),
                0,
                "",
                partial.getOrDefault(scope.code(), 0),
                DraftFigures.applications(before),
                scope.counted(),
                scope.active());
    }

    /** The active units without a draft, each with why: the status of the year and the months it lacks. */
    private void skippedUnits(RunContext run, DraftText words, Set<String> drafted, List<List<Object>> skipped) {
        Map<String, String> missing = figures.missingMonths(run.period());
        for (UnitStatuses.UnitStatus status : statuses.of(run)) {
            if (drafted.contains(status.uscc())) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            switch (status.status()) {
                case RETURNED -> reasons.add(words.raw("skipped.returned"));
                case REJECTED -> reasons.add(words.raw("skipped.rejected"));
                default -> {}
            }
            String months = missing.getOrDefault(status.uscc(), "");
            if (!months.isEmpty()) {
                Map<String, String> filled = new LinkedHashMap<>();
                filled.put("months", months);
                reasons.add(words.fill("skipped.months", filled, Map.of()));
            } else if (reasons.isEmpty()) {
                reasons.add(words.raw("skipped.nothing"));
            }
            String reason = String.join(Messages.text("report.draft.skipped.separator"), reasons);
            skipped.add(List.of(
                    run.period().code(),
                    "UNIT",
                    status.uscc(),
                    status.name(),
                    status.countyName(),
                    status.status().name(),
                    reason));
            log.info("year {}: no draft for {} ({}): {}", run.period(), status.name(), status.uscc(), reason);
        }
    }

    private void write(OfficialDocument document, Path target) throws IOException {
        docx.write(document, target);
        pdf.write(document, pdfOf(target));
    }

    /** Drafts left by an earlier run: a unit no longer counted must not keep one. */
    private static int clearEarlierDrafts(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> isDraftFile(f.getFileName().toString()))
                    .toList()) {
                Files.delete(file);
                removed++;
            }
        }
        return removed;
    }

    private static String fileName(String name, int year) {
        return SafeFileName.of(name) + "_" + year + NAME + DOCX;
    }
}
