package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A user's text cannot start a new log line nor run on without end. */
class LogTextTest {

    @Test
    void controlCharactersAndLineSeparatorsAreEscaped() {
        String forged = "bureau\r\n2026-12-07 09:00:00 INFO  [main] AuditLog - audit: office JOB 2026-10\u2028\u0007";
        String escaped = LogText.escape(forged, 500);
        assertThat(escaped)
                .doesNotContain("\r", "\n", "\u2028", "\u0007")
                .startsWith("bureau\\r\\n2026-12-07")
                .endsWith("\\u2028\\u0007");
        assertThat(LogText.escape("a\\nb", 100))
                .as("a backslash of the user's own cannot fake an escape")
                .isEqualTo("a\\\\nb");
        assertThat(LogText.escape("东城区市场监督管理局", 100)).isEqualTo("东城区市场监督管理局");
        assertThat(LogText.escape(null, 10)).isEmpty();
    }

    @Test
    void textIsCutToTheLengthALineCanBear() {
        assertThat(LogText.escape("x".repeat(10_000), 100)).hasSize(100);
        assertThat(LogText.escape("\n".repeat(100), 9))
                .as("an escape is never cut in half")
                .isEqualTo("\\n\\n\\n\\n");
    }
}
