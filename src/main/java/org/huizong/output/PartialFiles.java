package org.huizong.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Removes what a killed run left half-written ({@code *.part}) in an output folder before it is written again. */
public final class PartialFiles {

    private PartialFiles() {}

    public static int clear(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".part"))
                    .toList()) {
                Files.delete(path);
                removed++;
            }
        }
        return removed;
    }
}
