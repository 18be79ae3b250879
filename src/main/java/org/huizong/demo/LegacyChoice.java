package org.huizong.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Picks the units that keep saving .xls files: about one in ten, mostly in the rural counties. */
final class LegacyChoice {

    private LegacyChoice() {}

    static Set<String> pick(List<DemoUnit> rows, RandomGenerator random) {
        List<String> rural = new ArrayList<>();
        List<String> urban = new ArrayList<>();
        List<String> city = new ArrayList<>();
        for (DemoUnit unit : rows) {
            if (unit.level().equals(DemoUnit.CITY_DEPT)) {
                city.add(unit.uscc());
            } else if (unit.countyName().endsWith("县") && !unit.level().equals(DemoUnit.COUNTY_GOV)) {
                rural.add(unit.uscc());
            } else if (!unit.level().equals(DemoUnit.COUNTY_GOV)) {
                urban.add(unit.uscc());
            }
        }
        int wanted =
                Math.round(new LinkedHashSet<>(rows.stream().map(DemoUnit::uscc).toList()).size() * 0.1f);
        Set<String> chosen = new LinkedHashSet<>();
        Random shuffler = new Random(random.nextLong());
        for (List<String> pool : List.of(city, urban, rural)) {
            Collections.shuffle(pool, shuffler);
        }
        chosen.addAll(city.subList(0, 2));
        chosen.addAll(urban.subList(0, 4));
        rural.stream()
                .filter(uscc -> !chosen.contains(uscc))
                .limit(Math.max(0, wanted - chosen.size()))
                .forEach(chosen::add);
        return chosen;
    }
}
