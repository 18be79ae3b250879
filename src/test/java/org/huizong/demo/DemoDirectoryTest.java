package org.huizong.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.huizong.unit.Uscc;
import org.junit.jupiter.api.Test;

class DemoDirectoryTest {

    private final DemoCityPlan plan = SamplePlan.plan();

    @Test
    void lastMonthHasEnoughUnitsOnEveryLevel() {
        List<DemoUnit> active =
                plan.units().stream().filter(u -> u.isActiveIn(SamplePlan.LAST)).toList();
        assertTrue(active.size() >= 150, "active units: " + active.size());
        Map<String, List<DemoUnit>> byCounty = active.stream().collect(Collectors.groupingBy(DemoUnit::countyCode));
        assertTrue(byCounty.size() >= 7, "counties: " + byCounty.keySet());
        long cityDepartments = byCounty.get("990100").stream()
                .filter(u -> u.level().equals(DemoUnit.CITY_DEPT))
                .count();
        assertTrue(cityDepartments >= 35 && cityDepartments <= 40, "city departments: " + cityDepartments);
        byCounty.forEach((code, units) -> {
            if (!code.equals("990100")) {
                assertEquals(1, count(units, DemoUnit.COUNTY_GOV), code);
                assertTrue(count(units, DemoUnit.COUNTY_DEPT) >= 10, code);
                assertTrue(count(units, DemoUnit.TOWNSHIP) >= 5, code);
                assertTrue(code.matches("9901\\d\\d"), code);
            }
        });
    }

    @Test
    void cityDepartmentsBelongToTheCityItself() {
        plan.units().stream().filter(u -> u.level().equals(DemoUnit.CITY_DEPT)).forEach(u -> {
            assertEquals("990100", u.countyCode(), u.name());
            assertEquals("市本级", u.countyName(), u.name());
        });
    }

    @Test
    void oneUnitMovesOneClosesAndOneOpensMidway() {
        Map<String, List<DemoUnit>> byUscc = plan.units().stream().collect(Collectors.groupingBy(DemoUnit::uscc));
        List<List<DemoUnit>> moved =
                byUscc.values().stream().filter(rows -> rows.size() > 1).toList();
        assertEquals(1, moved.size());
        DemoUnit before = moved.get(0).stream()
                .filter(u -> !u.validTo().isEmpty())
                .findFirst()
                .orElseThrow();
        DemoUnit after = moved.get(0).stream()
                .filter(u -> !u.validFrom().isEmpty())
                .findFirst()
                .orElseThrow();
        assertEquals(YearMonth.parse(before.validTo()).plusMonths(1), YearMonth.parse(after.validFrom()));
        assertFalse(before.countyCode().equals(after.countyCode()));
        YearMonth first = SamplePlan.LAST.minusMonths(SamplePlan.MONTHS - 1L);
        long closing = plan.units().stream()
                .filter(u -> !u.validTo().isEmpty()
                        && byUscc.get(u.uscc()).size() == 1
                        && YearMonth.parse(u.validTo()).isAfter(first)
                        && YearMonth.parse(u.validTo()).isBefore(SamplePlan.LAST))
                .count();
        long opening = plan.units().stream()
                .filter(u -> !u.validFrom().isEmpty()
                        && byUscc.get(u.uscc()).size() == 1
                        && YearMonth.parse(u.validFrom()).isAfter(first))
                .count();
        assertEquals(1, closing);
        assertEquals(1, opening);
    }

    @Test
    void codesAreValidAndNamesUnambiguous() {
        Map<String, String> owner = new HashMap<>();
        for (DemoUnit unit : plan.units()) {
            assertTrue(Uscc.hasValidCheckCharacter(unit.uscc()), unit.uscc());
            for (String name : concat(unit.name(), unit.aliases())) {
                String previous = owner.putIfAbsent(name, unit.uscc());
                assertTrue(previous == null || previous.equals(unit.uscc()), "name used twice: " + name);
            }
        }
        assertTrue(plan.units().stream().filter(u -> !u.aliases().isEmpty()).count() > 50);
        assertTrue(plan.units().stream().anyMatch(u -> u.aliases().contains(u.countyName() + "市监局")));
    }

    @Test
    void unitsCsvParsesBackToTheSameUnits() {
        String csv = plan.unitsCsv();
        assertTrue(csv.startsWith("uscc,name,aliases,county_code,county_name,level,category,valid_from,valid_to\n"));
        assertEquals(plan.units(), UnitsCsv.parse(csv));
    }

    @Test
    void unitsCsvQuotesFieldsThatNeedIt() {
        DemoUnit odd = new DemoUnit(
                "11990100000000000X",
                "某局,\"试点\"",
                List.of("甲", "乙"),
                "990100",
                "市本级",
                DemoUnit.CITY_DEPT,
                "其他",
                "",
                "2026-01");
        String csv = UnitsCsv.format(List.of(odd));
        assertTrue(csv.contains("\"某局,\"\"试点\"\"\",甲|乙,"), csv);
        assertEquals(List.of(odd), UnitsCsv.parse(csv.replace("\n", "\r\n")));
    }

    @Test
    void cityYmlHoldsTheFourKeys() {
        assertEquals(
                "code: \"990100\"\nname: 示例市\nmonthly-deadline-day: 5\nannual-deadline: \"01-31\"\n", plan.cityYml());
    }

    private static long count(List<DemoUnit> units, String level) {
        return units.stream().filter(u -> u.level().equals(level)).count();
    }

    private static Set<String> concat(String name, List<String> aliases) {
        return Stream.concat(Stream.of(name), aliases.stream()).collect(Collectors.toSet());
    }
}
