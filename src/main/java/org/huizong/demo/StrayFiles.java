package org.huizong.demo;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Files from units the directory does not know for the month: an invented unit and the closed one. */
final class StrayFiles {

    private StrayFiles() {}

    static List<DemoSubmission> forMonth(
            YearMonth period,
            DemoDirectory directory,
            Map<String, UnitState> states,
            MonthlyValueGenerator generator,
            SubmissionFactory factory,
            Draw draw) {
        DemoUnit invented = new DemoUnit(
                DemoUsccCodes.randomPublicInstitution("990102", draw.random()),
                "东城区档案馆",
                List.of(),
                "990102",
                "东城区",
                DemoUnit.COUNTY_DEPT,
                "档案",
                "",
                "");
        UnitProfile inventedProfile = UnitProfiles.create(invented, false, false, false, draw.random());
        UnitState inventedState = UnitState.opening(inventedProfile, period, false, generator);
        CellValues inventedValues = generator.generate(inventedProfile, inventedState, period, false, 0);

        DemoUnit closed = directory.closedUnit();
        UnitProfile closedProfile = directory.profile(closed.uscc());
        CellValues closedValues = generator.generate(closedProfile, states.get(closed.uscc()), period, false, 0);
        return List.of(
                factory.unknown(invented, inventedProfile, period, inventedValues),
                factory.unknown(closed, closedProfile, period, closedValues));
    }
}
