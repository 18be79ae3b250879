package org.huizong.roundtrip;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The spreadsheet programs of Debian that bureaus' workbooks come from, run as separate processes: LibreOffice
 * headless, Gnumeric's ssconvert, and the Python libraries openpyxl, xlsxwriter and xlwt through Debian's own
 * {@code /usr/bin/python3} (a python3 earlier on the PATH may lack them). The Python scripts are the test resources
 * under {@code roundtrip/}. A missing program fails with the Debian package that brings it: the writers suite never
 * skips.
 */
final class ForeignWriters {

    private static final String PYTHON = "/usr/bin/python3";
    private static final long TIMEOUT_SECONDS = 180;
    /** What each check runs, and the Debian package to install when it fails. */
    private static final Map<List<String>, String> CHECKS = Map.of(
            List.of("soffice", "--version"), "libreoffice-calc-nogui",
            List.of("ssconvert", "--version"), "gnumeric",
            List.of(PYTHON, "-c", "import openpyxl"), "python3-openpyxl",
            List.of(PYTHON, "-c", "import xlsxwriter"), "python3-xlsxwriter",
            List.of(PYTHON, "-c", "import xlwt"), "python3-xlwt");

    private final Path scratch;

    /** Writers that keep their profiles and intermediate files under {@code scratch}. */
    ForeignWriters(Path scratch) {
        this.scratch = scratch;
    }

    /** Throws, naming the Debian packages to install, unless every writer runs. */
    static void requireInstalled() {
        List<String> missing = new ArrayList<>();
        CHECKS.forEach((command, debianPackage) -> {
            try {
                run(command);
            } catch (IOException | IllegalStateException e) {
                missing.add(debianPackage + " (" + String.join(" ", command) + ": "
                        + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the writers suite needs Debian's "
                    + String.join(", ", missing.stream().sorted().toList()) + ": apt-get install them");
        }
    }

    /**
     * Opens {@code source} in LibreOffice headless and saves it to {@code target} in {@code format} ({@code xlsx} or
     * {@code xls}, LibreOffice's default filter for each), with a profile of its own so parallel runs do not clash.
     */
    void libreOffice(Path source, String format, Path target) throws IOException {
        Path profile = scratch.resolve("libreoffice-profile");
        Path out = Files.createTempDirectory(scratch, "libreoffice-");
        run(List.of(
                "soffice",
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                format,
                "--outdir",
                out.toString(),
                source.toString()));
        String name = source.getFileName().toString();
        Path converted = out.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
        if (!Files.isRegularFile(converted)) {
            throw new IllegalStateException("LibreOffice wrote no " + converted + " for " + source);
        }
        Files.move(converted, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Opens {@code source} in Gnumeric's ssconvert and saves it to {@code target}, in the format of its extension. */
    void gnumeric(Path source, Path target) throws IOException {
        run(List.of("ssconvert", source.toString(), target.toString()));
    }

    /** Runs the Python script {@code roundtrip/<script>} of the test resources with these arguments. */
    void python(String script, Path... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(PYTHON, script(script).toString()));
        for (Path argument : arguments) {
            command.add(argument.toString());
        }
        run(command);
    }

    private static Path script(String name) {
        URL resource = ForeignWriters.class.getResource("/roundtrip/" + name);
        if (resource == null) {
            throw new IllegalStateException("no test resource roundtrip/" + name);
        }
        try {
            return Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command to its end; throws with its output when it fails or takes too long. */
    private static void run(List<String> command) throws IOException {
        Path output = Files.createTempFile("huizong-writer-", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            if (!ended || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command)
                        + (ended ? " exited with " + process.exitValue() : " took more than " + TIMEOUT_SECONDS + " s")
                        + ":\n" + new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " interrupted", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
