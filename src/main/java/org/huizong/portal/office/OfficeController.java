package org.huizong.portal.office;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.huizong.form.ReportPeriod;
import org.huizong.portal.AuditLog;
import org.huizong.portal.Downloads;
import org.huizong.portal.PortalController;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.PortalPeriods;
import org.huizong.portal.bureau.UnitQueries;
import org.huizong.portal.county.CountyUnits;
import org.huizong.portal.county.StatusCounts;
import org.huizong.portal.user.PortalUser;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The city office's pages: completeness grid, a county's units, jobs with live progress, run history, outputs, audit log. */
@PortalController
@RequestMapping("/office")
final class OfficeController {

    /** Entries on one page of the audit log. */
    static final int AUDIT_PAGE = 50;

    private final CountyUnits units;
    private final PortalPeriods periods;
    private final JobLaunches launches;
    private final RunHistory history;
    private final RunProgress progress;
    private final OutputFiles outputs;
    private final AuditLog audit;
    private final UnitQueries uploads;

    OfficeController(
            CountyUnits units,
            PortalPeriods periods,
            JobLaunches launches,
            RunHistory history,
            RunProgress progress,
            OutputFiles outputs,
            AuditLog audit,
            UnitQueries uploads) {
        this.units = units;
        this.periods = periods;
        this.launches = launches;
        this.history = history;
        this.progress = progress;
        this.outputs = outputs;
        this.audit = audit;
        this.uploads = uploads;
    }

    @GetMapping
    String grid(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String period, Model model) {
        ReportPeriod p = periods.parse(period == null ? periods.latest() : period);
        model.addAttribute("period", p);
        model.addAttribute("periods", periods.known());
        model.addAttribute("grid", CompletenessGrid.of(units.lines(user, p)));
        model.addAttribute("order", StatusCounts.ORDER);
        model.addAttribute("runs", history.ofPeriod(p.code(), 5));
        model.addAttribute("running", launches.running().orElse(null));
        model.addAttribute("pendingUploads", uploads.pendingUploads(p.code()));
        return "office/grid";
    }

    @GetMapping("/counties/{county}")
    String county(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String county,
            @RequestParam String period,
            Model model) {
        ReportPeriod p = periods.parse(period);
        var lines = units.lines(user, p).stream()
                .filter(l -> l.status().countyCode().equals(county))
                .toList();
        if (lines.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, PortalMessages.get("office.noSuchCounty"));
        }
        model.addAttribute("period", p);
        model.addAttribute("periods", periods.known());
        model.addAttribute("countyName", lines.get(0).status().countyName());
        model.addAttribute("lines", lines);
        model.addAttribute(
                "counts",
                StatusCounts.of(lines.stream().map(l -> l.status().status()).toList()));
        return "county/completeness";
    }

    @GetMapping("/runs")
    String runs(Model model) {
        model.addAttribute("runs", history.latest(100));
        model.addAttribute(
                "periods", periods.known().stream().filter(p -> p.length() == 7).toList());
        model.addAttribute(
                "years",
                periods.known().stream().map(p -> p.substring(0, 4)).distinct().toList());
        model.addAttribute("running", launches.running().orElse(null));
        return "office/runs";
    }

    @PostMapping("/runs")
    String start(@AuthenticationPrincipal PortalUser user, @RequestParam String period) {
        ReportPeriod p = periods.parse(period);
        return launches.start(user, p).map(id -> "redirect:/office/runs/" + id).orElse("redirect:/office/runs");
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute(
                "run",
                history.byId(id)
                        .orElseThrow(() -> new ResponseStatusException(
                                HttpStatus.NOT_FOUND, PortalMessages.get("office.noSuchRun"))));
        return "office/run";
    }

    @GetMapping("/runs/{id}/progress")
    @ResponseBody
    RunProgress.Progress runProgress(@PathVariable long id) {
        return progress.of(id)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, PortalMessages.get("office.noSuchRun")));
    }

    @PostMapping("/runs/{id}/restart")
    String restart(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
        RunHistory.Run run = history.byId(id)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, PortalMessages.get("office.noSuchRun")));
        if (!run.failed()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, PortalMessages.get("restart.notFailed"));
        }
        if (!run.latest()) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, PortalMessages.get("restart.superseded", run.period()));
        }
        return launches.start(user, periods.parse(run.period()))
                .map(next -> "redirect:/office/runs/" + next)
                .orElse("redirect:/office/runs");
    }

    @GetMapping("/outputs")
    String outputs(@RequestParam(required = false) String period, Model model) {
        ReportPeriod p = periods.parse(period == null ? periods.latest() : period);
        model.addAttribute("period", p);
        model.addAttribute("periods", periods.known());
        model.addAttribute("files", outputs.list(p));
        model.addAttribute("hasDrafts", outputs.hasDrafts(p));
        return "office/outputs";
    }

    @GetMapping("/outputs/{period}/file")
    ResponseEntity<Resource> output(@PathVariable String period, @RequestParam String path) throws IOException {
        Path file = outputs.find(periods.parse(period), path)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, PortalMessages.get("office.noSuchFile")));
        return Downloads.file(file, file.getFileName().toString());
    }

    @GetMapping("/outputs/{period}/all.zip")
    ResponseEntity<StreamingResponseBody> allOutputs(@PathVariable String period) {
        ReportPeriod p = periods.parse(period);
        return zip(PortalMessages.get("office.outputsZip", p.code()), out -> outputs.zip(p, out));
    }

    /** The drafts of every unit's, county's and the city's annual report for the year, in one zip. */
    @GetMapping("/outputs/{period}/drafts.zip")
    ResponseEntity<StreamingResponseBody> annualDrafts(@PathVariable String period) {
        ReportPeriod p = periods.parse(period);
        return zip(PortalMessages.get("office.draftsZip", p.code()), out -> outputs.zipDrafts(p, out));
    }

    private static ResponseEntity<StreamingResponseBody> zip(String name, StreamingResponseBody content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                .build());
        headers.setContentType(MediaType.parseMediaType("application/zip"));
        return ResponseEntity.ok().headers(headers).body(content);
    }

    /** The audit log, newest first, by pages, filtered by user, action and days. */
    @GetMapping("/audit")
    String audit(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        AuditLog.Filter filter = new AuditLog.Filter(user, action, from, to);
        model.addAttribute("filter", filter);
        Map<String, String> actions = new LinkedHashMap<>();
        AuditLog.ACTIONS.forEach(a -> actions.put(a, AuditLog.label(a)));
        model.addAttribute("actions", actions);
        model.addAttribute("result", audit.page(filter, page, AUDIT_PAGE));
        return "office/audit";
    }
}
