package org.huizong.badfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.huizong.validation.Finding;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed hostile files (src/test/resources/hostile/, listed with the finding each must get in expected.csv):
 * crafted once and kept as bytes, so the reader is held to them whatever the project's own writers come to write.
 * An empty expectation means the file is a valid form read without any finding.
 */
class CommittedHostileFilesTest {

    private static final String FOLDER = "/hostile/";
    private static final CorpusCheck CHECK = new CorpusCheck();

    @TempDir
    static Path folder;

    record Expected(String file, List<String> rules, String why) {}

    static Stream<Arguments> files() throws IOException {
        try (InputStream in = CommittedHostileFilesTest.class.getResourceAsStream(FOLDER + "expected.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .skip(1)
                            .filter(line -> !line.isBlank())
                            .map(line -> line.split(",", 3))
                            .map(f -> new Expected(f[0], f[1].isEmpty() ? List.of() : List.of(f[1].split(";")), f[2]))
                            .map(e -> Arguments.of(Named.of(e.file(), e)))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void getsItsFinding(Expected expected) {
        // given
        Path file = folder.resolve(expected.file());
        try (InputStream in = getClass().getResourceAsStream(FOLDER + expected.file())) {
            Files.write(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        // when
        CorpusCheck.Outcome outcome = CHECK.check(file);

        // then
        assertThat(outcome.escaped())
                .as("%s: the reader threw", expected.file())
                .isNull();
        assertThat(outcome.checked().findings())
                .as("%s (%s)", expected.file(), expected.why())
                .extracting(Finding::rule)
                .containsExactlyElementsOf(expected.rules());
    }
}
