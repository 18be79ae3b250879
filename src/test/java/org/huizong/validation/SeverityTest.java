package org.huizong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A severity reads the same on the reports, the feedback workbooks and the portal's pages. */
class SeverityTest {

    @Test
    void everySeverityHasItsWords() {
        assertThat(Stream.of(Severity.values()).map(Severity::label)).containsExactly("拒收", "错误（须改正）", "警告（可说明）", "提示");
    }
}
