package org.huizong.portal.county;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.huizong.consolidation.UnitStatuses;
import org.huizong.consolidation.UnitStatuses.UnitStatus;
import org.huizong.form.ReportPeriod;
import org.huizong.period.RunContext;
import org.huizong.portal.Labels;
import org.huizong.portal.Lateness;
import org.huizong.portal.PortalMessages;
import org.huizong.portal.PortalPeriods;
import org.huizong.portal.user.PortalUser;
import org.huizong.portal.user.Role;
import org.huizong.unit.Unit;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * The units a user may look at for a period: a coordinator those of the county, the office and assessors all. Every page
 * about a unit asks here first, so a coordinator cannot reach another county's unit by its USCC.
 */
public final class CountyUnits {

    /** One unit's line in a completeness list; {@code daysLate} counts to today for a unit that never sent. */
    public record Line(UnitStatus status, String level, long daysLate) {

        public String daysLateText() {
            return Lateness.text(status, daysLate);
        }

        public String statusLabel() {
            return status.status().label();
        }

        public String tone() {
            return Labels.tone(status.status().name());
        }

        /** A coordinator can return an accepted current version. */
        public boolean returnable() {
            return status.currentFileId() != null && status.status().isCounted();
        }
    }

    private final PortalPeriods periods;
    private final UnitStatuses statuses;

    public CountyUnits(JdbcClient jdbc, PortalPeriods periods) {
        this.periods = periods;
        this.statuses = new UnitStatuses(jdbc);
    }

    /** The unit, if the user may see it in the period; not found otherwise. */
    public Unit visibleUnit(PortalUser user, ReportPeriod period, String uscc) {
        Unit unit = periods.context(period)
                .directory()
                .byUscc(uscc == null ? "" : uscc, period)
                .filter(u -> u.isActiveIn(period))
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, PortalMessages.get("county.noSuchUnit")));
        boolean visible = switch (user.role()) {
            case OFFICE, ASSESSOR -> true;
            case COUNTY -> unit.countyCode().equals(user.countyCode());
            case BUREAU -> unit.uscc().equals(user.unitUscc());
        };
        if (!visible) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, PortalMessages.get("county.noSuchUnit"));
        }
        return unit;
    }

    /** The county's units with their status for the period (all units for the office). */
    public List<Line> lines(PortalUser user, ReportPeriod period) {
        Map<String, Unit> directory = new TreeMap<>();
        RunContext run = periods.context(period);
        run.directory().activeIn(period).forEach(u -> directory.put(u.uscc(), u));
        LocalDate deadline =
                period.deadline(run.city().monthlyDeadlineDay(), run.city().annualDeadline());
        LocalDate today = LocalDate.now();
        return statuses.of(run).stream()
                .filter(s -> user.role() != Role.COUNTY || s.countyCode().equals(user.countyCode()))
                .map(s -> new Line(s, levelLabel(directory.get(s.uscc())), Lateness.daysLate(s, deadline, today)))
                .toList();
    }

    public String countyName(PortalUser user, ReportPeriod period) {
        return periods.context(period).directory().all().stream()
                .filter(u -> u.countyCode().equals(user.countyCode()))
                .map(Unit::countyName)
                .findFirst()
                .orElse(user.countyCode());
    }

    private static String levelLabel(Unit unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit.level()) {
            case CITY_DEPT -> PortalMessages.get("unitLevel.CITY_DEPT");
            case COUNTY_GOV -> PortalMessages.get("unitLevel.COUNTY_GOV");
            case COUNTY_DEPT -> PortalMessages.get("unitLevel.COUNTY_DEPT");
            case TOWNSHIP -> PortalMessages.get("unitLevel.TOWNSHIP");
        };
    }
}
