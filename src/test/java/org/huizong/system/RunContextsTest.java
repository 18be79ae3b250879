package org.huizong.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.huizong.fixtures.FixtureWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** However many periods are asked for, a context cache holds its capacity at most, the contexts in use among them. */
class RunContextsTest {

    @TempDir
    Path config;

    @Test
    void holdsAtMostItsCapacityAndKeepsTheContextsInUse() throws Exception {
        Files.writeString(config.resolve("units.csv"), FixtureWorkbooks.UNITS_CSV);
        Files.writeString(config.resolve("city.yml"), "code: \"990100\"\nname: 示例市\nmonthly-deadline-day: 5\n");
        RunContexts contexts = new RunContexts(3);
        RunContext inUse = contexts.of(key("2026-10"));
        for (int month = 1; month <= 12; month++) {
            contexts.of(key(String.format("2025-%02d", month)));
            assertThat(contexts.of(key("2026-10"))).as("the context a job keeps asking for").isSameAs(inUse);
        }
        assertThat(contexts.size()).isEqualTo(3);
    }

    private String key(String period) {
        return period + "|input|output|" + config;
    }
}
