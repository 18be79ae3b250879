package org.huizong.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.YearMonth;
import org.huizong.form.ReportPeriod;
import org.junit.jupiter.api.Test;

class UnitDirectoryTest {

    private static final String CSV = """
            \uFEFFuscc,name,aliases,county_code,county_name,level,category,valid_from,valid_to
            11990102MB00000142,东城区市场监督管理局,东城区市监局|东城市监,990102,东城区,COUNTY_DEPT,市场监管,,
            11990100MB0000029M,示例市商务局,,990100,市本级,CITY_DEPT,商务,,2026-06
            11990100MB0000029M,示例市商务局,,990103,西湖区,COUNTY_DEPT,商务,2026-07,
            """;

    private final UnitDirectory directory = read();

    private static UnitDirectory read() {
        try {
            return new UnitDirectoryCsv().read(new StringReader(CSV), "units.csv");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aUnitThatMovedBelongsToTheCountyValidForThePeriod() {
        ReportPeriod june = ReportPeriod.month(YearMonth.of(2026, 6));
        ReportPeriod july = ReportPeriod.month(YearMonth.of(2026, 7));
        assertThat(directory.byUscc("11990100MB0000029M", june).orElseThrow().countyName())
                .isEqualTo("市本级");
        assertThat(directory.byUscc("11990100MB0000029M", july).orElseThrow().countyName())
                .isEqualTo("西湖区");
        assertThat(directory.activeIn(july)).hasSize(2);
    }

    @Test
    void namesAndAliasesIdentifyAUnitWhateverTheSpacing() {
        ReportPeriod october = ReportPeriod.parse("2026-10");
        assertThat(directory.byName("东城区 市监局", october).orElseThrow().uscc()).isEqualTo("11990102MB00000142");
        assertThat(directory.byName("东城市监", october)).isPresent();
        assertThat(directory.byName("西城区市场监督管理局", october)).isEmpty();
        assertThat(directory.byUscc(" 11990102mb00000142 ", october)).isPresent();
    }

    @Test
    void aYearCountsEveryUnitActiveInOneOfItsMonthsOnceUnderItsLastRow() {
        ReportPeriod year = ReportPeriod.parse("2026");
        assertThat(directory.activeIn(year))
                .extracting(Unit::uscc)
                .containsExactlyInAnyOrder("11990102MB00000142", "11990100MB0000029M");
        assertThat(directory.byUscc("11990100MB0000029M", year).orElseThrow().countyName())
                .isEqualTo("西湖区");
        assertThat(directory.monthsActive("11990100MB0000029M", 2026)).hasSize(12);
    }

    @Test
    void aDirectoryWithOverlappingRowsOrTwoNamesForACountyIsRefusedNamingTheLines() {
        String overlapping = """
                uscc,name,aliases,county_code,county_name,level,category,valid_from,valid_to
                11990100MB0000029M,示例市商务局,,990100,市本级,CITY_DEPT,商务,,2026-06
                11990100MB0000029M,示例市商务局,,990103,西湖区,COUNTY_DEPT,商务,2026-06,
                """;
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new UnitDirectoryCsv().read(new StringReader(overlapping), "units.csv"))
                .isInstanceOf(InvalidUnitDirectoryException.class)
                .hasMessageContaining("lines 2 and 3");
        String twoNames = """
                uscc,name,aliases,county_code,county_name,level,category,valid_from,valid_to
                11990102MB00000142,东城区市场监督管理局,,990102,东城区,COUNTY_DEPT,市场监管,,
                11990100MB0000029M,示例市商务局,,990102,东城新区,COUNTY_DEPT,商务,,
                """;
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new UnitDirectoryCsv().read(new StringReader(twoNames), "units.csv"))
                .isInstanceOf(InvalidUnitDirectoryException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("990102");
    }

    @Test
    void usccCheckCharacterPerGb32100() {
        assertThat(Uscc.hasValidCheckCharacter("91350100M000100Y43")).isTrue();
        assertThat(Uscc.hasValidCheckCharacter("91350100M000100Y44")).isFalse();
        assertThat(Uscc.hasValidCheckCharacter("11990102MB00000142")).isTrue();
        assertThat(Uscc.checkCharacter("11990102MB0000014")).isEqualTo('2');
        assertThat(Uscc.isWellFormed("11990102MB0000014I")).isFalse();
    }
}
