package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A period's output folder against another run's of the same inputs: the same files (none half-written), the same
 * CSV text, and the same visible content in every workbook.
 */
public final class PeriodOutputs {

    private static final List<String> CSV =
            List.of("consolidated.csv", "findings.csv", "completeness.csv", "ranking.csv");

    private PeriodOutputs() {}

    public static void assertSame(Path actual, Path expected) throws IOException {
        Set<String> files = files(expected);
        assertThat(files(actual)).isEqualTo(files).noneMatch(f -> f.endsWith(".part"));
        for (String csv : CSV) {
            assertThat(Files.readString(actual.resolve(csv), StandardCharsets.UTF_8))
                    .as(csv)
                    .isEqualTo(Files.readString(expected.resolve(csv), StandardCharsets.UTF_8));
        }
        for (String workbook : files) {
            if (workbook.endsWith(".xlsx") || workbook.endsWith(".xls")) {
                assertThat(WorkbookText.of(actual.resolve(workbook)))
                        .as(workbook)
                        .isEqualTo(WorkbookText.of(expected.resolve(workbook)));
            }
        }
    }

    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
