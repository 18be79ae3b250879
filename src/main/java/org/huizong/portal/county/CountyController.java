package org.huizong.portal.county;

import org.huizong.form.ReportPeriod;
import org.huizong.portal.PortalController;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.PortalPeriods;
import org.huizong.portal.user.PortalUser;
import org.huizong.unit.Unit;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county coordinator's pages: the completeness of the county's units for a period, and returning a submission. */
@PortalController
@RequestMapping("/county")
final class CountyController {

    private final CountyUnits units;
    private final SubmissionReturns returns;
    private final PortalPeriods periods;

    CountyController(CountyUnits units, SubmissionReturns returns, PortalPeriods periods) {
        this.units = units;
        this.returns = returns;
        this.periods = periods;
    }

    @GetMapping
    String completeness(
            @AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String period, Model model) {
        ReportPeriod p = periods.parse(period == null ? periods.latest() : period);
        var lines = units.lines(user, p);
        model.addAttribute("period", p);
        model.addAttribute("periods", periods.known());
        model.addAttribute("countyName", units.countyName(user, p));
        model.addAttribute("lines", lines);
        model.addAttribute(
                "counts",
                StatusCounts.of(lines.stream().map(l -> l.status().status()).toList()));
        return "county/completeness";
    }

    @PostMapping("/{period}/units/{uscc}/return")
    String returnSubmission(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String period,
            @PathVariable String uscc,
            @RequestParam("reason") String reason,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        ReportPeriod p = periods.parse(period);
        Unit unit = units.visibleUnit(user, p, uscc);
        returns.returnCurrent(user, unit, p.code(), reason, confirm);
        redirect.addFlashAttribute("notice", PortalMessages.get("return.done", unit.name()));
        return "redirect:/units/" + p.code() + "/" + unit.uscc();
    }

    @PostMapping("/{period}/units/{uscc}/return/undo")
    String undoReturn(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String period,
            @PathVariable String uscc,
            RedirectAttributes redirect) {
        ReportPeriod p = periods.parse(period);
        Unit unit = units.visibleUnit(user, p, uscc);
        returns.undo(user, unit, p.code());
        redirect.addFlashAttribute("notice", PortalMessages.get("return.undone", unit.name()));
        return "redirect:/units/" + p.code() + "/" + unit.uscc();
    }
}
