package org.huizong.period;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * When the files of a {@link RunContext} last changed: the name, size and last-modified time of {@code units.csv},
 * {@code city.yml}, the file of each {@link ConfigurationPart} (the assessment model) and each extra form. Two stamps
 * differ when any of them was edited, added or removed.
 */
final class ConfigurationStamp {

    private ConfigurationStamp() {}

    static String of(Path configDir, List<ConfigurationPart<?>> parts) {
        Stream<Path> files = Stream.concat(
                        Stream.of("units.csv", "city.yml"), parts.stream().map(ConfigurationPart::file))
                .map(configDir::resolve);
        Path forms = configDir.resolve("forms");
        if (Files.isDirectory(forms)) {
            try (Stream<Path> extra = Files.list(forms)) {
                files = Stream.concat(
                        files, extra.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + forms, e);
            }
        }
        return files.map(ConfigurationStamp::stamp).collect(Collectors.joining("|"));
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return file.getFileName() + ":" + attributes.size() + ":"
                    + attributes.lastModifiedTime().toMillis();
        } catch (IOException absent) {
            return file.getFileName() + ":-";
        }
    }
}
