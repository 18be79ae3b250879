package org.huizong.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.huizong.demo.UnitNames.County;
import org.huizong.demo.UnitNames.CountyDepartment;
import org.huizong.demo.UnitNames.Department;

/** Builds the unit directory of the demo city and a profile for every unit. */
final class DemoDirectory {

    private final List<DemoUnit> rows;
    private final Map<String, UnitProfile> profiles;

    private DemoDirectory(List<DemoUnit> rows, Map<String, UnitProfile> profiles) {
        this.rows = List.copyOf(rows);
        this.profiles = Collections.unmodifiableMap(profiles);
    }

    /**
     * The directory for a run of months: one department opens a month before the middle, one town moves
     * county in the middle and one department closes a month after it.
     */
    static DemoDirectory build(YearMonth first, int months, RandomGenerator random) {
        Builder builder = new Builder(random, first.plusMonths(months / 2));
        builder.cityDepartments(first.plusMonths(months / 2 - 1), first.plusMonths(months / 2 + 1));
        for (County county : UnitNames.COUNTIES) {
            builder.county(county);
        }
        return builder.finish();
    }

    List<DemoUnit> rows() {
        return rows;
    }

    UnitProfile profile(String uscc) {
        UnitProfile profile = profiles.get(uscc);
        if (profile == null) {
            throw new IllegalArgumentException("no profile for " + uscc);
        }
        return profile;
    }

    List<DemoUnit> activeIn(YearMonth period) {
        return rows.stream().filter(unit -> unit.isActiveIn(period)).toList();
    }

    /** The row of the department that closes mid-way. */
    DemoUnit closedUnit() {
        return rows.stream()
                .filter(unit -> !unit.validTo().isEmpty() && unit.category().equals(UnitNames.CLOSING.category()))
                .findFirst()
                .orElseThrow();
    }

    private static final class Builder {
        private final RandomGenerator random;
        private final YearMonth moveMonth;
        private final List<DemoUnit> rows = new ArrayList<>();
        private final Set<String> usccs = new HashSet<>();
        private final List<String> towns;
        private DemoUnit movedRow;

        Builder(RandomGenerator random, YearMonth moveMonth) {
            this.random = random;
            this.moveMonth = moveMonth;
            List<String> names = new ArrayList<>(UnitNames.TOWN_NAMES);
            Collections.shuffle(names, new Random(random.nextLong()));
            this.towns = names;
        }

        void cityDepartments(YearMonth opening, YearMonth closing) {
            for (Department department : UnitNames.CITY_DEPARTMENTS) {
                List<String> aliases = new ArrayList<>();
                if (department == UnitNames.GOVERNMENT_OFFICE) {
                    aliases.addAll(List.of("市政府办公室", "市政府办"));
                } else {
                    aliases.add("市" + department.name());
                    if (!department.shortName().equals(department.name()) && random.nextBoolean()) {
                        aliases.add("市" + department.shortName());
                    }
                }
                String from = department == UnitNames.OPENING ? opening.toString() : "";
                String to = department == UnitNames.CLOSING ? closing.toString() : "";
                add(
                        UnitNames.CITY_NAME + department.name(),
                        aliases,
                        UnitNames.CITY_CODE,
                        UnitNames.CITY_CODE,
                        UnitNames.CITY_LEVEL,
                        DemoUnit.CITY_DEPT,
                        department.category(),
                        from,
                        to);
            }
        }

        void county(County county) {
            add(
                    county.name() + "人民政府",
                    List.of(county.name() + "政府"),
                    county.code(),
                    county.code(),
                    county.name(),
                    DemoUnit.COUNTY_GOV,
                    "政府办",
                    "",
                    "");
            List<CountyDepartment> optional = new ArrayList<>();
            for (CountyDepartment kind : UnitNames.COUNTY_DEPARTMENTS) {
                boolean fits = kind.where().equals("ALL") || kind.where().equals("DISTRICT") == county.district();
                if (fits && kind.required()) {
                    countyDepartment(county, kind);
                } else if (fits) {
                    optional.add(kind);
                }
            }
            Collections.shuffle(optional, new Random(random.nextLong()));
            optional.subList(0, random.nextInt(3, 6)).stream()
                    .sorted((a, b) -> UnitNames.COUNTY_DEPARTMENTS.indexOf(a) - UnitNames.COUNTY_DEPARTMENTS.indexOf(b))
                    .forEach(kind -> countyDepartment(county, kind));
            int townships = random.nextInt(5, 8);
            for (int i = 0; i < townships; i++) {
                String town = towns.remove(towns.size() - 1);
                boolean street = county.district() && i < townships - 1;
                boolean xiang = !county.district() && i == townships - 1;
                String suffix = street ? "街道办事处" : xiang ? "乡人民政府" : "镇人民政府";
                String alias = town + (street ? "街道" : xiang ? "乡" : "镇");
                List<String> aliases = random.nextInt(10) < 7 ? List.of(alias) : List.of();
                add(
                        county.name() + town + suffix,
                        aliases,
                        county.code(),
                        county.code(),
                        county.name(),
                        DemoUnit.TOWNSHIP,
                        "乡镇街道",
                        "",
                        "");
            }
            if (county.name().equals("南山县")) {
                movedRow = add(
                        county.name() + UnitNames.MOVING_TOWN + "镇人民政府",
                        List.of(UnitNames.MOVING_TOWN + "镇"),
                        county.code(),
                        county.code(),
                        county.name(),
                        DemoUnit.TOWNSHIP,
                        "乡镇街道",
                        "",
                        moveMonth.minusMonths(1).toString());
            }
        }

        private void countyDepartment(County county, CountyDepartment kind) {
            Department department = kind.department();
            boolean branch = kind.branch().equals("ALL") || kind.branch().equals("DISTRICT") && county.district();
            String name;
            List<String> aliases = new ArrayList<>();
            if (branch) {
                Department parent = UnitNames.CITY_DEPARTMENTS.stream()
                        .filter(d -> d.category().equals(department.category()))
                        .findFirst()
                        .orElseThrow();
                name = UnitNames.CITY_NAME + parent.name() + county.shortName() + "分局";
                aliases.add(county.shortName() + department.shortName().replace("局", "") + "分局");
            } else {
                name = county.name() + department.name();
                if (department.category().equals("市场监管") || random.nextInt(10) < 5) {
                    aliases.add(county.name() + department.shortName());
                }
            }
            add(
                    name,
                    aliases.stream().filter(a -> !a.equals(name)).toList(),
                    county.code(),
                    county.code(),
                    county.name(),
                    DemoUnit.COUNTY_DEPT,
                    department.category(),
                    "",
                    "");
        }

        private DemoUnit add(
                String name,
                List<String> aliases,
                String usccArea,
                String countyCode,
                String countyName,
                String level,
                String category,
                String from,
                String to) {
            String uscc;
            do {
                uscc = DemoUsccCodes.randomGovernmentOrgan(usccArea, random);
            } while (!usccs.add(uscc));
            DemoUnit unit = new DemoUnit(uscc, name, aliases, countyCode, countyName, level, category, from, to);
            rows.add(unit);
            return unit;
        }

        DemoDirectory finish() {
            County target = UnitNames.COUNTIES.stream()
                    .filter(c -> c.name().equals("金沙区"))
                    .findFirst()
                    .orElseThrow();
            DemoUnit moved = new DemoUnit(
                    movedRow.uscc(),
                    target.name() + UnitNames.MOVING_TOWN + "镇人民政府",
                    List.of(UnitNames.MOVING_TOWN + "镇", UnitNames.MOVING_TOWN + "镇人民政府"),
                    target.code(),
                    target.name(),
                    DemoUnit.TOWNSHIP,
                    "乡镇街道",
                    moveMonth.toString(),
                    "");
            int lastOfTarget = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).countyCode().equals(target.code())) {
                    lastOfTarget = i;
                }
            }
            rows.add(lastOfTarget + 1, moved);
            Set<String> legacy = LegacyChoice.pick(rows, random);
            Map<String, UnitProfile> profiles = new LinkedHashMap<>();
            for (DemoUnit unit : rows) {
                if (!profiles.containsKey(unit.uscc())) {
                    boolean opensEmpty =
                            !unit.validFrom().isEmpty() && unit.category().equals(UnitNames.OPENING.category());
                    profiles.put(
                            unit.uscc(),
                            UnitProfiles.create(
                                    unit, isFeeCollector(unit), opensEmpty, legacy.contains(unit.uscc()), random));
                }
            }
            return new DemoDirectory(rows, profiles);
        }

        private static boolean isFeeCollector(DemoUnit unit) {
            boolean city = unit.level().equals(DemoUnit.CITY_DEPT);
            return city && List.of("自然资源", "公安", "住建").contains(unit.category())
                    || !city
                            && unit.category().equals("自然资源")
                            && List.of("990102", "990121").contains(unit.countyCode());
        }
    }
}
