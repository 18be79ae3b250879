package org.huizong.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.huizong.assessment.AssessmentModelPart;
import org.huizong.fixtures.FixtureWorkbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * However many periods are asked for, a context cache holds its capacity at most, the contexts in use among them; a
 * context is read once and kept until a file of the configuration changes (a portal instance never serves stale
 * settings).
 */
class RunContextsTest {

    @TempDir
    Path config;

    @BeforeEach
    void configuration() throws Exception {
        Files.writeString(config.resolve("units.csv"), FixtureWorkbooks.UNITS_CSV);
        Files.writeString(config.resolve("city.yml"), "code: \"990100\"\nname: 示例市\nmonthly-deadline-day: 5\n");
    }

    @Test
    void holdsAtMostItsCapacityAndKeepsTheContextsInUse() {
        RunContexts contexts = new RunContexts(factory(), 3);
        RunContext inUse = contexts.of(key("2026-10"));
        for (int month = 1; month <= 12; month++) {
            contexts.of(key(String.format("2025-%02d", month)));
            assertThat(contexts.of(key("2026-10"))).as("the context a job keeps asking for").isSameAs(inUse);
        }
        assertThat(contexts.size()).isEqualTo(3);
    }

    @Test
    void theContextIsKeptUntilAConfigurationFileChanges() throws Exception {
        Path city = config.resolve("city.yml");
        RunContexts runs = new RunContexts(factory(), RunContexts.JOBS);
        String key = key("2026-10");

        RunContext first = runs.of(key);
        assertThat(runs.of(key)).as("read once").isSameAs(first);
        assertThat(first.city().name()).isEqualTo("示例市");

        Files.writeString(city, "code: \"990100\"\nname: 样例市\nmonthly-deadline-day: 5\n");
        Files.setLastModifiedTime(city, FileTime.from(Instant.now().plusSeconds(2)));
        RunContext edited = runs.of(key);
        assertThat(edited.city().name()).as("city.yml edited").isEqualTo("样例市");
        assertThat(runs.of(key)).isSameAs(edited);

        Files.writeString(config.resolve("assessment.yml"), Files.readString(Path.of("jobs/config/assessment.yml")));
        assertThat(runs.of(key)).as("an assessment model added").isNotSameAs(edited);
    }

    /** The factory of the jobs, with the assessment model as its one configuration part. */
    private static RunContextFactory factory() {
        return new RunContextFactory(List.of(new AssessmentModelPart()));
    }

    private String key(String period) {
        return period + "|input|output|" + config;
    }
}
