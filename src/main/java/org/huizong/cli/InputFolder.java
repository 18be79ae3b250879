package org.huizong.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.huizong.form.ReportPeriod;
import org.huizong.text.Messages;

/**
 * The period's input folder, looked at before a job starts: a missing folder (a mistyped --input or --period) is the
 * operator's to fix, and a folder without a single file would publish a summary of no units, a ranking of zeros that
 * the next month compares itself with. Neither runs unless asked for.
 */
final class InputFolder {

    private InputFolder() {}

    /** Refuses a monthly run whose folder is missing or holds no file, unless {@code allowEmpty}. */
    static void requireFiles(Path input, ReportPeriod period, boolean allowEmpty) {
        Path folder = input.resolve(period.code());
        if (!Files.isDirectory(folder)) {
            if (allowEmpty && Files.isDirectory(input)) {
                return;
            }
            throw new UsageProblem(Messages.text(
                    "cli.input.periodMissing", folder.toAbsolutePath().normalize(), input, period.code()));
        }
        if (!allowEmpty && !holdsAFile(folder)) {
            throw new UsageProblem(
                    Messages.text("cli.input.empty", folder.toAbsolutePath().normalize()));
        }
    }

    /** Refuses an annual run whose input folder (the root, as GIA-Y workbooks are optional) is missing. */
    static void requireRoot(Path input) {
        if (!Files.isDirectory(input)) {
            throw new UsageProblem(
                    Messages.text("cli.input.missing", input.toAbsolutePath().normalize()));
        }
    }

    private static boolean holdsAFile(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
