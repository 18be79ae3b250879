package org.huizong.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change worked out like for like: the city's and each county's figures summed over the units counted in both
 * periods, beside the figures of every unit counted in each. A unit is placed in the county it belongs to in the later
 * period. A period with fewer counted units then shows no fall that is only a drop in coverage.
 */
final class LikeForLike {

    private final Map<String, String> countyOf;

    /** @param countyOf the county code of each unit of the later period */
    LikeForLike(Map<String, String> countyOf) {
        this.countyOf = Map.copyOf(countyOf);
    }

    /**
     * The city's base.
     *
     * @param nowAll    the later period's figures over all its counted units (null: never consolidated)
     * @param beforeAll the earlier period's figures over all its counted units (null: never consolidated)
     */
    ChangeBase city(UnitPanel now, UnitPanel before, ScopeFigures nowAll, ScopeFigures beforeAll) {
        if (now == null || before == null || nowAll == null || beforeAll == null) {
            return new ChangeBase(nowAll, beforeAll, null, null);
        }
        List<String> common = now.common(before);
        return new ChangeBase(
                nowAll,
                beforeAll,
                scope(nowAll, common.size(), now.sum(common)),
                scope(beforeAll, common.size(), before.sum(common)));
    }

    /** Each county's base, by county code, in the order of {@code nowCounties}. */
    Map<String, ChangeBase> counties(
            UnitPanel now, UnitPanel before, List<ScopeFigures> nowCounties, List<ScopeFigures> beforeCounties) {
        Map<String, ScopeFigures> earlier = new HashMap<>();
        beforeCounties.forEach(c -> earlier.put(c.code(), c));
        Map<String, List<String>> common = new HashMap<>();
        if (now != null && before != null) {
            now.common(before)
                    .forEach(uscc -> common.computeIfAbsent(countyOf.get(uscc), k -> new ArrayList<>())
                            .add(uscc));
        }
        Map<String, ChangeBase> bases = new LinkedHashMap<>();
        for (ScopeFigures county : nowCounties) {
            ScopeFigures beforeAll = now == null || before == null ? null : earlier.get(county.code());
            if (beforeAll == null) {
                bases.put(county.code(), new ChangeBase(county, null, null, null));
                continue;
            }
            List<String> members = common.getOrDefault(county.code(), List.of());
            bases.put(
                    county.code(),
                    new ChangeBase(
                            county,
                            beforeAll,
                            scope(county, members.size(), now.sum(members)),
                            scope(beforeAll, members.size(), before.sum(members))));
        }
        return bases;
    }

    /** Figures summed over a panel's units by county of the later period: the all-units side of monthly increments. */
    List<ScopeFigures> byCounty(UnitPanel panel, List<ScopeFigures> counties) {
        Map<String, List<String>> members = new HashMap<>();
        panel.units()
                .forEach(uscc -> members.computeIfAbsent(countyOf.get(uscc), k -> new ArrayList<>())
                        .add(uscc));
        return counties.stream()
                .map(c -> {
                    List<String> own = members.getOrDefault(c.code(), List.of());
                    return scope(c, own.size(), panel.sum(own));
                })
                .toList();
    }

    /** A panel's units summed as the city: the all-units side of monthly increments. */
    static ScopeFigures whole(UnitPanel panel, ScopeFigures city) {
        return scope(city, panel.size(), panel.sum(panel.units()));
    }

    private static ScopeFigures scope(ScopeFigures like, int counted, Map<String, java.math.BigDecimal> values) {
        return new ScopeFigures(like.code(), like.name(), counted, like.active(), values);
    }
}
