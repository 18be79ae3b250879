package org.huizong.portal.bureau;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huizong.consolidation.UnitStatuses;
import org.huizong.form.FormDescriptor;
import org.huizong.form.InfoField;
import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import org.huizong.form.write.FormWorkbookWriter;
import org.huizong.output.SafeFileName;
import org.huizong.period.RunContext;
import org.huizong.portal.Lateness;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.PortalPeriods;
import org.huizong.portal.bureau.UnitRecords.Standing;
import org.huizong.portal.bureau.UnitRecords.Version;
import org.huizong.report.AnnualReportDrafts;
import org.huizong.report.FeedbackExporter;
import org.huizong.unit.Unit;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/** One unit's view of its periods: where it stands, its pre-filled template and its feedback workbook. */
public final class BureauDesk {

    private final PortalPeriods periods;
    private final UnitStatuses statuses;
    private final UnitQueries queries;

    public BureauDesk(JdbcClient jdbc, PortalPeriods periods, UnitQueries queries) {
        this.periods = periods;
        this.statuses = new UnitStatuses(jdbc);
        this.queries = queries;
    }

    /**
     * The unit as the directory has it for the period (one {@link PortalPeriods#parse} offers); not found when it does
     * not report for that period.
     */
    public Unit unit(String uscc, ReportPeriod period) {
        return periods.context(period)
                .directory()
                .byUscc(uscc, period)
                .filter(u -> u.isActiveIn(period))
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, PortalMessages.get("bureau.notDue")));
    }

    public Standing standing(Unit unit, ReportPeriod period) {
        RunContext run = periods.context(period);
        UnitStatuses.UnitStatus status = statuses.of(run).stream()
                .filter(s -> s.uscc().equals(unit.uscc()))
                .findFirst()
                .orElse(null);
        LocalDate deadline =
                period.deadline(run.city().monthlyDeadlineDay(), run.city().annualDeadline());
        return new Standing(
                period,
                unit,
                status,
                deadline,
                queries.pendingUploads(unit.uscc(), period.code()),
                queries.heldUploads(unit.uscc(), period.code()),
                Lateness.daysLate(status, deadline, LocalDate.now()));
    }

    /** The periods the unit reports for, newest first (those a job ran for, and the open month). */
    public List<Standing> periods(String uscc) {
        List<Standing> list = new ArrayList<>();
        for (String code : periods.known()) {
            ReportPeriod period = ReportPeriod.parse(code);
            Optional<Unit> unit =
                    periods.context(period).directory().byUscc(uscc, period).filter(u -> u.isActiveIn(period));
            unit.ifPresent(u -> list.add(standing(u, period)));
        }
        return list;
    }

    /** The form with 基本信息 filled in for the unit and period, as {@code template} writes it. */
    public byte[] template(Unit unit, ReportPeriod period) throws IOException {
        var run = periods.context(period);
        FormDescriptor form = run.form();
        Map<String, String> info = Map.of(
                InfoField.UNIT_NAME,
                unit.name(),
                InfoField.USCC,
                unit.uscc(),
                InfoField.COUNTY,
                unit.countyName(),
                InfoField.PERIOD,
                period.label(),
                InfoField.TEMPLATE,
                form.templateVersion());
        Path file = Files.createTempFile("huizong-template-", ".xlsx");
        try {
            new FormWorkbookWriter().writeTemplate(form, info, run.city().monthlyDeadlineDay(), file);
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public String templateName(Unit unit, ReportPeriod period) {
        return unit.name() + "_" + period.label() + "_"
                + periods.context(period).form().name() + ".xlsx";
    }

    /**
     * The draft of the unit's annual report that the last annual job wrote ({@code 年报/<county>/<unit>_2026年…（草稿）.docx}),
     * or its PDF; none for a month, or when the year does not count the unit.
     */
    public Optional<Path> annualDraft(Unit unit, ReportPeriod period, boolean pdf) {
        if (period.kind() != PeriodKind.YEAR) {
            return Optional.empty();
        }
        RunContext run = periods.context(period);
        String county = statuses.of(run).stream()
                .filter(s -> s.uscc().equals(unit.uscc()))
                .map(UnitStatuses.UnitStatus::countyName)
                .findFirst()
                .orElse(unit.countyName());
        Path draft = AnnualReportDrafts.draft(run.periodOutput(), county, unit.name(), period.year());
        Path file = pdf ? AnnualReportDrafts.pdfOf(draft) : draft;
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * The feedback workbook the last job wrote for the unit's current version, if there is one: by the name outputs have
     * ({@code 反馈/<county>/<unit>_第N版_反馈.xlsx}, or {@code …_问题清单.xlsx} when the workbook could not be marked up).
     */
    public Optional<Path> feedback(Unit unit, ReportPeriod period) {
        Optional<Version> current = queries.current(unit.uscc(), period.code());
        if (current.isEmpty() || current.get().version() == null) {
            return Optional.empty();
        }
        RunContext run = periods.context(period);
        String county = statuses.of(run).stream()
                .filter(s -> s.uscc().equals(unit.uscc()))
                .map(UnitStatuses.UnitStatus::countyName)
                .findFirst()
                .orElse(unit.countyName());
        String name = queries.unitNameOf(current.get().fileId()).orElse(unit.name());
        Path folder = run.periodOutput().resolve(FeedbackExporter.FOLDER).resolve(SafeFileName.of(county));
        String stem = FeedbackExporter.versionStem(
                SafeFileName.of(name), current.get().version());
        for (String file : List.of(stem + ".xlsx", stem + ".xls", FeedbackExporter.issueListName(stem))) {
            if (Files.isRegularFile(folder.resolve(file))) {
                return Optional.of(folder.resolve(file));
            }
        }
        return Optional.empty();
    }
}
