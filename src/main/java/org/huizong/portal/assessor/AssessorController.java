package org.huizong.portal.assessor;

import java.util.List;
import org.huizong.consolidation.Scope;
import org.huizong.form.ReportPeriod;
import org.huizong.portal.PortalController;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.PortalPeriods;
import org.huizong.portal.county.CountyUnits;
import org.huizong.portal.user.PortalUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The assessor's pages: the ranking of a period, each score's breakdown, and the drill-down from a city or county total
 * to the units and the cells their values were read from.
 */
@PortalController
@RequestMapping("/assessor")
final class AssessorController {

    private static final String DEFAULT_ITEM = "T1.A09.K1";

    private final Rankings rankings;
    private final Consolidated consolidated;
    private final CountyUnits units;
    private final PortalPeriods periods;

    AssessorController(Rankings rankings, Consolidated consolidated, CountyUnits units, PortalPeriods periods) {
        this.rankings = rankings;
        this.consolidated = consolidated;
        this.units = units;
        this.periods = periods;
    }

    @GetMapping
    String ranking(@RequestParam(required = false) String period, Model model) {
        List<String> ranked = periods.offered(rankings.periods());
        ReportPeriod p = periods.parse(period != null ? period : ranked.isEmpty() ? periods.latest() : ranked.get(0));
        model.addAttribute("period", p);
        model.addAttribute("periods", ranked);
        model.addAttribute("run", rankings.run(p.code()).orElse(null));
        model.addAttribute("groups", rankings.groups(p.code()));
        return "assessor/ranking";
    }

    @GetMapping("/{period}/{group}/{code}")
    String breakdown(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String period,
            @PathVariable String group,
            @PathVariable String code,
            Model model) {
        ReportPeriod p = periods.parse(period);
        Rankings.Entry entry = rankings.entry(p.code(), group, code)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, PortalMessages.get("assessor.noSuchItem")));
        List<Rankings.Points> points = rankings.breakdown(p.code(), group, code);
        boolean county = consolidated.isCounty(p.code(), code);
        model.addAttribute("period", p);
        model.addAttribute("entry", entry);
        model.addAttribute("points", points);
        model.addAttribute("county", county);
        model.addAttribute("run", rankings.run(p.code()).orElse(null));
        List<String> codes =
                points.stream().flatMap(x -> x.items().stream()).distinct().toList();
        model.addAttribute(
                "items",
                consolidated.items(periods.context(p).form()).stream()
                        .filter(i -> codes.contains(i.code()))
                        .toList());
        model.addAttribute(
                "units",
                county
                        ? units.lines(user, p).stream()
                                .filter(l -> l.status().countyCode().equals(code))
                                .toList()
                        : List.of());
        return "assessor/breakdown";
    }

    @GetMapping("/items")
    String items(
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String item,
            @RequestParam(required = false) String county,
            Model model) {
        ReportPeriod p = periods.parse(period == null ? periods.latest() : period);
        var form = periods.context(p).form();
        String code = item != null && form.item(item).isPresent()
                ? item
                : form.item(DEFAULT_ITEM).isPresent()
                        ? DEFAULT_ITEM
                        : form.itemCodes().get(0);
        var counties = consolidated.scopes(p.code(), Scope.COUNTY, code);
        String chosen =
                county != null && counties.stream().anyMatch(c -> c.code().equals(county)) ? county : null;
        model.addAttribute("period", p);
        model.addAttribute("periods", periods.known());
        model.addAttribute("items", consolidated.items(form));
        model.addAttribute("item", code);
        model.addAttribute(
                "itemLabel",
                consolidated.items(form).stream()
                        .filter(i -> i.code().equals(code))
                        .findFirst()
                        .map(Consolidated.Item::label)
                        .orElse(code));
        model.addAttribute("city", consolidated.city(p.code(), code).orElse(null));
        model.addAttribute("counties", counties);
        model.addAttribute("chosen", chosen);
        model.addAttribute("unitValues", chosen == null ? List.of() : consolidated.units(p.code(), chosen, code));
        return "assessor/items";
    }
}
