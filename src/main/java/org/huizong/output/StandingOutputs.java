package org.huizong.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Outputs that stand: a publishing step records, beside the files it wrote, the fingerprint of what it wrote them from
 * ({@code .<name>.sha256}); when a later run finds the same fingerprint and every file still there, writing them again
 * would give the same files, and the step leaves them as they are.
 */
public final class StandingOutputs {

    private StandingOutputs() {}

    /** Whether the files in the folder were written from inputs with this fingerprint, and are all there. */
    public static boolean stand(Path folder, String name, String fingerprint, List<String> files) {
        Path record = folder.resolve(recordName(name));
        try {
            return files.stream().allMatch(file -> Files.isRegularFile(folder.resolve(file)))
                    && Files.isRegularFile(record)
                    && Files.readString(record, StandardCharsets.UTF_8).strip().equals(fingerprint);
        } catch (IOException e) {
            return false;
        }
    }

    /** Records, once the files are written, what they were written from. */
    public static void record(Path folder, String name, String fingerprint) {
        try {
            Files.writeString(folder.resolve(recordName(name)), fingerprint + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String recordName(String name) {
        return "." + name + ".sha256";
    }
}
