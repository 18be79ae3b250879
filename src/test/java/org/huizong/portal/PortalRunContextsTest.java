package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.huizong.assessment.AssessmentModelPart;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.ReportPeriod;
import org.huizong.period.RunContext;
import org.huizong.period.RunContextFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * However many periods the portal shows, it holds its {@code run-contexts} at most, the ones in use among them; a
 * context is read once and again when a file of the configuration changes (no restart after an edit).
 */
class PortalRunContextsTest {

    @TempDir
    Path config;

    @BeforeEach
    void configuration() throws Exception {
        Files.writeString(config.resolve("units.csv"), FixtureWorkbooks.UNITS_CSV);
        Files.writeString(config.resolve("city.yml"), "code: \"990100\"\nname: 示例市\nmonthly-deadline-day: 5\n");
    }

    @Test
    void holdsAtMostItsCapacityAndKeepsTheContextsInUse() {
        PortalRunContexts contexts = contexts(3);
        RunContext inUse = contexts.of(ReportPeriod.parse("2026-10"));
        for (int month = 1; month <= 12; month++) {
            contexts.of(ReportPeriod.parse(String.format("2025-%02d", month)));
            assertThat(contexts.of(ReportPeriod.parse("2026-10")))
                    .as("the context a page keeps asking for")
                    .isSameAs(inUse);
        }
        assertThat(contexts.size()).isEqualTo(3);
    }

    @Test
    void aContextIsReadAgainWhenAConfigurationFileChanges() throws Exception {
        Path city = config.resolve("city.yml");
        PortalRunContexts contexts = contexts(12);
        ReportPeriod october = ReportPeriod.parse("2026-10");

        RunContext first = contexts.of(october);
        assertThat(contexts.of(october)).as("read once").isSameAs(first);

        Files.writeString(city, "code: \"990100\"\nname: 样例市\nmonthly-deadline-day: 5\n");
        Files.setLastModifiedTime(city, FileTime.from(Instant.now().plusSeconds(2)));
        RunContext edited = contexts.of(october);
        assertThat(edited.city().name()).as("city.yml edited").isEqualTo("样例市");
        assertThat(contexts.of(october)).isSameAs(edited);

        Files.writeString(config.resolve("assessment.yml"), Files.readString(Path.of("jobs/config/assessment.yml")));
        assertThat(contexts.of(october)).as("an assessment model added").isNotSameAs(edited);
    }

    private PortalRunContexts contexts(int capacity) {
        PortalProperties folders = new PortalProperties(
                Path.of("input"),
                Path.of("output"),
                config,
                30,
                12,
                capacity,
                new PortalProperties.Login(5, 10, Duration.ofMinutes(15), Duration.ofMinutes(5)));
        return new PortalRunContexts(new RunContextFactory(List.of(new AssessmentModelPart())), folders);
    }
}
