package org.huizong.portal.unit;

import java.util.List;
import org.huizong.form.ReportPeriod;
import org.huizong.portal.PortalController;
import org.huizong.portal.PortalPeriods;
import org.huizong.portal.bureau.BureauDesk;
import org.huizong.portal.bureau.UnitQueries;
import org.huizong.portal.county.CountyUnits;
import org.huizong.portal.user.PortalUser;
import org.huizong.unit.Unit;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * One unit's period as a coordinator (own county only), the office or an assessor sees it: status, findings of the
 * current version, versions, returns, and every value with the sheet and cell it was read from.
 */
@PortalController
@RequestMapping("/units")
final class UnitController {

    private final CountyUnits units;
    private final BureauDesk desk;
    private final UnitQueries queries;
    private final ItemValues values;
    private final PortalPeriods periods;

    UnitController(CountyUnits units, BureauDesk desk, UnitQueries queries, ItemValues values, PortalPeriods periods) {
        this.units = units;
        this.desk = desk;
        this.queries = queries;
        this.values = values;
        this.periods = periods;
    }

    @GetMapping("/{period}/{uscc}")
    String unit(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String period,
            @PathVariable String uscc,
            Model model) {
        ReportPeriod p = periods.parse(period);
        Unit unit = units.visibleUnit(user, p, uscc);
        var current = queries.current(unit.uscc(), p.code());
        model.addAttribute("standing", desk.standing(unit, p));
        model.addAttribute("current", current.orElse(null));
        model.addAttribute(
                "findings",
                current.map(v -> queries.findings(unit.uscc(), v.fileId())).orElse(List.of()));
        model.addAttribute("versions", queries.versions(unit.uscc(), p.code()));
        var returns = queries.returns(unit.uscc(), p.code());
        model.addAttribute("returns", returns);
        model.addAttribute(
                "activeReturn",
                returns.stream()
                        .filter(r -> r.standsAgainst(current.orElse(null)))
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "values",
                current.map(v -> values.ofFile(
                                unit.uscc(), v.fileId(), periods.context(p).form()))
                        .orElse(List.of()));
        return "unit/unit";
    }
}
