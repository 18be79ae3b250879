package org.huizong.portal.bureau;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.huizong.form.ReportPeriod;
import org.huizong.portal.Downloads;
import org.huizong.portal.PortalController;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.PortalPeriods;
import org.huizong.portal.bureau.UnitRecords.Standing;
import org.huizong.portal.bureau.UnitRecords.Upload;
import org.huizong.portal.user.PortalUser;
import org.huizong.unit.Unit;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bureau's pages: its periods, a period's status, upload and findings, its versions, 说明, template and feedback, and
 * for a year the draft of its annual report.
 */
@PortalController
@RequestMapping("/bureau")
final class BureauController {

    private final BureauDesk desk;
    private final UnitQueries queries;
    private final UploadCheck uploads;
    private final UploadSubmissions submissions;
    private final WarningAnswers answers;
    private final PortalPeriods periods;

    BureauController(
            BureauDesk desk,
            UnitQueries queries,
            UploadCheck uploads,
            UploadSubmissions submissions,
            WarningAnswers answers,
            PortalPeriods periods) {
        this.desk = desk;
        this.queries = queries;
        this.uploads = uploads;
        this.submissions = submissions;
        this.answers = answers;
        this.periods = periods;
    }

    @GetMapping
    String home(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("standings", desk.periods(user.unitUscc()));
        return "bureau/home";
    }

    @GetMapping("/{period}")
    String period(@AuthenticationPrincipal PortalUser user, @PathVariable String period, Model model) {
        ReportPeriod p = periods.parse(period);
        Unit unit = desk.unit(user.unitUscc(), p);
        var current = queries.current(unit.uscc(), p.code());
        model.addAttribute("standing", desk.standing(unit, p));
        model.addAttribute("current", current.orElse(null));
        model.addAttribute(
                "findings",
                current.map(v -> queries.findings(unit.uscc(), v.fileId())).orElse(List.of()));
        model.addAttribute("versions", queries.versions(unit.uscc(), p.code()));
        model.addAttribute("uploads", queries.uploads(unit.uscc(), p.code()));
        var returns = queries.returns(unit.uscc(), p.code());
        model.addAttribute("returns", returns);
        model.addAttribute(
                "activeReturn",
                returns.stream()
                        .filter(r -> r.standsAgainst(current.orElse(null)))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("hasFeedback", desk.feedback(unit, p).isPresent());
        model.addAttribute("hasDraft", desk.annualDraft(unit, p, false).isPresent());
        return "bureau/period";
    }

    /** An upload from the page's form: the page that answers is the upload's check, or the period with the reason it was refused. */
    @PostMapping("/{period}/upload")
    String upload(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String period,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        ReportPeriod p = periods.parse(period);
        try {
            return "redirect:" + check(user, p, file);
        } catch (UploadRefused refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            return "redirect:/bureau/" + p.code();
        }
    }

    /** The same upload from the page's script, which shows a refusal's reason where the file was dropped. */
    @PostMapping(path = "/{period}/upload", headers = PortalController.SCRIPT_UPLOAD_HEADER + "=script")
    @ResponseBody
    Map<String, String> uploadByScript(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String period,
            @RequestParam("file") MultipartFile file)
            throws IOException {
        ReportPeriod p = periods.parse(period);
        try {
            return Map.of("location", check(user, p, file));
        } catch (UploadRefused refused) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage());
        }
    }

    private String check(PortalUser user, ReportPeriod p, MultipartFile file) throws IOException {
        Unit unit = desk.unit(user.unitUscc(), p);
        try (InputStream content = file.getInputStream()) {
            UploadCheck.Outcome outcome =
                    uploads.upload(user, unit, p, file.getOriginalFilename(), file.getSize(), content);
            return "/bureau/" + p.code() + "/uploads/" + outcome.uploadId() + (outcome.repeated() ? "?repeated=1" : "");
        }
    }

    @GetMapping("/{period}/uploads/{id}")
    String uploadResult(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String period,
            @PathVariable long id,
            @RequestParam(required = false) String repeated,
            Model model) {
        ReportPeriod p = periods.parse(period);
        Unit unit = desk.unit(user.unitUscc(), p);
        Standing standing = desk.standing(unit, p);
        Upload upload = queries.upload(unit.uscc(), p.code(), id).orElseThrow(BureauController::notFound);
        model.addAttribute("standing", standing);
        model.addAttribute("upload", upload);
        model.addAttribute("repeated", repeated != null);
        model.addAttribute("findings", queries.uploadFindingsCarrying(unit.uscc(), p.code(), id));
        model.addAttribute("consequences", upload.held() ? submissions.consequences(standing, upload) : null);
        return "bureau/upload";
    }

    @PostMapping("/{period}/uploads/{id}/submit")
    String submit(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String period,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        ReportPeriod p = periods.parse(period);
        Unit unit = desk.unit(user.unitUscc(), p);
        try {
            submissions.submit(user, desk.standing(unit, p), id, confirm);
            redirect.addFlashAttribute("notice", PortalMessages.get("submit.done"));
        } catch (UploadRefused refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/bureau/" + p.code() + "/uploads/" + id;
    }

    @PostMapping("/{period}/uploads/{id}/withdraw")
    String withdraw(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String period,
            @PathVariable long id,
            RedirectAttributes redirect) {
        ReportPeriod p = periods.parse(period);
        submissions.withdraw(user, desk.unit(user.unitUscc(), p), p, id);
        redirect.addFlashAttribute("notice", PortalMessages.get("withdraw.done"));
        return "redirect:/bureau/" + p.code() + "/uploads/" + id;
    }

    @PostMapping("/{period}/uploads/{id}/discard")
    String discard(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String period,
            @PathVariable long id,
            RedirectAttributes redirect) {
        ReportPeriod p = periods.parse(period);
        submissions.discard(user, desk.unit(user.unitUscc(), p), p, id);
        redirect.addFlashAttribute("notice", PortalMessages.get("discard.done"));
        return "redirect:/bureau/" + p.code();
    }

    @GetMapping("/{period}/files/{id}")
    String version(
            @AuthenticationPrincipal PortalUser user, @PathVariable String period, @PathVariable long id, Model model) {
        ReportPeriod p = periods.parse(period);
        Unit unit = desk.unit(user.unitUscc(), p);
        model.addAttribute("standing", desk.standing(unit, p));
        model.addAttribute(
                "version", queries.version(unit.uscc(), p.code(), id).orElseThrow(BureauController::notFound));
        model.addAttribute("findings", queries.findings(unit.uscc(), id));
        model.addAttribute(
                "changes", queries.changes(unit.uscc(), id, periods.context(p).form()));
        return "bureau/version";
    }

    @PostMapping("/{period}/findings/{id}/justification")
    String justify(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String period,
            @PathVariable long id,
            @RequestParam("text") String text,
            RedirectAttributes redirect) {
        ReportPeriod p = periods.parse(period);
        answers.answer(user, desk.unit(user.unitUscc(), p), p.code(), id, text);
        redirect.addFlashAttribute("notice", PortalMessages.get("justification.saved"));
        return "redirect:/bureau/" + p.code() + "#findings";
    }

    @GetMapping("/{period}/template")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal PortalUser user, @PathVariable String period)
            throws IOException {
        ReportPeriod p = periods.parse(period);
        Unit unit = desk.unit(user.unitUscc(), p);
        return Downloads.bytes(desk.template(unit, p), desk.templateName(unit, p));
    }

    @GetMapping("/{period}/feedback")
    ResponseEntity<Resource> feedback(@AuthenticationPrincipal PortalUser user, @PathVariable String period)
            throws IOException {
        ReportPeriod p = periods.parse(period);
        Unit unit = desk.unit(user.unitUscc(), p);
        Path file = desk.feedback(unit, p).orElseThrow(BureauController::notFound);
        return Downloads.file(file, file.getFileName().toString());
    }

    /** The draft of the unit's annual report for the year, as .docx to edit. */
    @GetMapping("/{period}/annual-report")
    ResponseEntity<Resource> annualReport(@AuthenticationPrincipal PortalUser user, @PathVariable String period)
            throws IOException {
        return annualDraft(user, period, false);
    }

    /** The same draft as PDF, to read. */
    @GetMapping("/{period}/annual-report.pdf")
    ResponseEntity<Resource> annualReportPdf(@AuthenticationPrincipal PortalUser user, @PathVariable String period)
            throws IOException {
        return annualDraft(user, period, true);
    }

    private ResponseEntity<Resource> annualDraft(PortalUser user, String period, boolean pdf) throws IOException {
        ReportPeriod p = periods.parse(period);
        Unit unit = desk.unit(user.unitUscc(), p);
        Path file = desk.annualDraft(unit, p, pdf).orElseThrow(BureauController::notFound);
        return Downloads.file(file, file.getFileName().toString());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, PortalMessages.get("notFound"));
    }
}
