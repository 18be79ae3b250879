package org.huizong.badfiles;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole corpus in a child JVM with a 64 MB heap: no bad file may need more memory than a small server has to
 * spare, so the child must finish in time, exit normally (status 3 when a file exhausted the heap) and print the
 * expected rule for every file.
 */
class SmallHeapCorpusTest {

    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path folder;

    @Test
    void theCorpusIsRefusedWithinSixtyFourMegabytesOfHeap() throws Exception {
        // given
        Path stdout = folder.resolve("stdout.txt");
        Path stderr = folder.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(
                        System.getProperty("java.home") + "/bin/java",
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CorpusRunner.class.getName(),
                        folder.resolve("corpus").toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());

        // when
        Process child = builder.start();
        if (!child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("the corpus runner did not finish within %d s; last output:%n%s", WAIT_SECONDS, tail(stdout, stderr));
        }

        // then
        Map<String, String> expected = BadFileCorpus.expectations().stream()
                .collect(Collectors.toMap(BadFile::name, BadFile::expectedRule, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> actual = new LinkedHashMap<>();
        for (String line : Files.readAllLines(stdout)) {
            String[] fields = line.split("\t");
            if (fields.length == 2 && expected.containsKey(fields[0])) {
                actual.put(fields[0], fields[1]);
            }
        }
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(child.exitValue())
                .as(
                        "exit code of the corpus runner (%d = OutOfMemoryError); last output:%n%s",
                        CorpusRunner.OUT_OF_MEMORY, tail(stdout, stderr))
                .isZero();
        softly.assertThat(actual).as("rule per file").isEqualTo(expected);
        softly.assertAll();
    }

    private static String tail(Path stdout, Path stderr) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(stdout));
        lines.addAll(Files.readAllLines(stderr));
        return lines.stream()
                .filter(l -> !l.startsWith("\tat "))
                .skip(Math.max(0, lines.size() - 40))
                .collect(Collectors.joining("\n"));
    }
}
