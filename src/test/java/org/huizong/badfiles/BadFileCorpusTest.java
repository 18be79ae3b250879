package org.huizong.badfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.huizong.validation.Finding;
import org.huizong.validation.Rule;
import org.huizong.validation.Severity;
import org.huizong.validation.SubmissionStatus;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rules.md, "File and structure": every file of the bad-file corpus is refused (or returned) under exactly its one
 * rule, with a Chinese message a clerk can act on, within a bounded time — no file hangs the reader.
 */
class BadFileCorpusTest {

    /** Not a speed target: a guard that ends a test whose reader hangs, far beyond what any file takes. */
    private static final Duration PER_FILE = Duration.ofSeconds(120);

    @TempDir
    static Path folder;

    private static final CorpusCheck CHECK = new CorpusCheck();

    static Stream<Arguments> corpus() throws IOException {
        return BadFileCorpus.build(folder).stream().map(file -> Arguments.of(Named.of(file.name(), file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void givesExactlyItsOneFinding(BadFile file) {
        // when
        CorpusCheck.Outcome outcome = assertTimeoutPreemptively(
                PER_FILE,
                () -> CHECK.check(folder.resolve(file.name())),
                () -> file.name() + " (" + file.why() + ") was not done within " + PER_FILE);

        // then
        assertThat(outcome.escaped())
                .as("%s: the reader threw instead of reporting a problem", file.name())
                .isNull();
        assertThat(outcome.checked().findings())
                .as("%s (%s)", file.name(), file.why())
                .extracting(Finding::rule)
                .containsExactly(file.expectedRule());
        Finding finding = outcome.checked().findings().get(0);
        assertThat(outcome.checked().status()).isEqualTo(expectedStatus(file.expectedRule()));
        assertThat(finding.message()).isNotBlank().containsPattern("\\p{IsHan}");
        if (file.name().startsWith("huge-")) {
            assertThat(finding.message())
                    .as("refused by the bound on a cell's text, not by a size")
                    .contains("单元格文字超过32767个字符");
        }
        if (Rule.severityOf(file.expectedRule()) == Severity.REJECT) {
            assertThat(outcome.checked().values()).isEmpty();
        } else { // a total fed by a formula that cannot be worked out: reported on its cell, never read as 0
            assertThat(finding.cell()).isEqualTo("B13");
            assertThat(finding.message()).contains("层级过深");
            assertThat(outcome.checked().values())
                    .doesNotContainKey("T1.A09.K1")
                    .hasSize(CHECK.form().items().size() - 1);
        }
    }

    private static SubmissionStatus expectedStatus(String rule) {
        return Rule.severityOf(rule) == Severity.REJECT ? SubmissionStatus.REJECTED : SubmissionStatus.RETURNED;
    }
}
