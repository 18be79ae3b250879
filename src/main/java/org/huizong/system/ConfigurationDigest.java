package org.huizong.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.stream.Stream;

/**
 * What a run's derived results depend on besides the database: the configuration folder's files (users.csv aside: it
 * only says who may log in) and the program itself. A result recorded with a digest that includes these is worked
 * out again after either changed.
 */
public final class ConfigurationDigest {

    private ConfigurationDigest() {}

    /** A new SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the configuration folder's files, by relative name and content, and the program to the digest. */
    public static void update(MessageDigest digest, Path configDir) {
        if (Files.isDirectory(configDir)) {
            try (Stream<Path> files = Files.walk(configDir)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().equals("users.csv"))
                        .sorted()
                        .toList()) {
                    digest.update(configDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        digest.update(program().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The program's jar (or classes folder), its size and when it was built: a new release works everything out again.
     * Inside a packaged jar the code source names a nested location, whose times are not the jar's: the jar file itself
     * is looked at.
     */
    private static String program() {
        String location = String.valueOf(
                ConfigurationDigest.class.getProtectionDomain().getCodeSource().getLocation());
        String path = location.replaceFirst("^(jar:)?(nested:|file:)", "");
        int jar = path.indexOf(".jar");
        if (jar >= 0) {
            path = path.substring(0, jar + ".jar".length());
        }
        try {
            Path code = Path.of(path);
            return code.toAbsolutePath() + "@" + Files.getLastModifiedTime(code).toMillis() + "/" + Files.size(code);
        } catch (IOException | RuntimeException e) {
            return location;
        }
    }
}
