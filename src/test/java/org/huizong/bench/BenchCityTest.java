package org.huizong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.huizong.demo.DemoSubmission;
import org.huizong.demo.UnitsCsv;
import org.huizong.demo.Variant;
import org.huizong.unit.Uscc;
import org.junit.jupiter.api.Test;

class BenchCityTest {

    @Test
    void oneNewUnitPerWorkbookWithTheDemoCitysStyles() {
        BenchCity city = BenchCity.generate(500, 20261);
        assertThat(city.submissions()).hasSize(500);
        Set<String> usccs =
                city.submissions().stream().map(s -> s.unit().uscc()).collect(Collectors.toSet());
        assertThat(usccs).hasSize(500).allMatch(Uscc::hasValidCheckCharacter);
        assertThat(city.submissions().stream().map(DemoSubmission::relativePath).distinct())
                .hasSize(500);
        assertThat(city.submissions()).anyMatch(s -> s.variants().contains(Variant.LEGACY_XLS));
        assertThat(UnitsCsv.parse(city.unitsCsv())).hasSize(500);
    }

    @Test
    void tenThousandUnitsHaveTenThousandCodes() {
        assertThat(BenchCity.generate(10_000, 20261).submissions().stream()
                        .map(s -> s.unit().uscc())
                        .distinct())
                .hasSize(10_000);
    }
}
