package org.huizong.submission;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a period's inbox already holds, read once per scan: each path with its content, and the first path each
 * content was received under. A scan of ten thousand files asks these in memory, not twice per file of the database.
 */
final class KnownFiles {

    private final String period;
    private final Set<String> pathsWithContent = new HashSet<>();
    private final Map<String, String> firstPathOfContent = new HashMap<>();

    KnownFiles(String period) {
        this.period = period;
    }

    /** Records a file of the inbox; files must come in the order they were received (the inbox's id order). */
    void add(String relativePath, String sha256) {
        pathsWithContent.add(relativePath + '\n' + sha256);
        firstPathOfContent.putIfAbsent(sha256, relativePath);
    }

    boolean contains(String relativePath, String sha256) {
        return pathsWithContent.contains(relativePath + '\n' + sha256);
    }

    /** The first file of the period with this content, as {@code period/path} (F09 names it). */
    Optional<String> earlierWithContent(String sha256) {
        return Optional.ofNullable(firstPathOfContent.get(sha256)).map(path -> period + "/" + path);
    }
}
