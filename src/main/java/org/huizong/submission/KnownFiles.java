package org.huizong.submission;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a period's inbox already holds, read once per scan: each path with its content, the size and time of the
 * last file received under each path, and the first path each content was received under. A scan of ten thousand
 * files asks these in memory, not twice per file of the database.
 */
final class KnownFiles {

    /** The databases keep times to the microsecond: a file's time is compared to that precision. */
    private static final long PRECISION_NANOS = 1_000;

    private final String period;
    private final Set<String> pathsWithContent = new HashSet<>();
    private final Map<String, String> firstPathOfContent = new HashMap<>();
    private final Map<String, Stamp> lastStampOfPath = new HashMap<>();

    /** A file's size and modification time as the scan that received it found them. */
    private record Stamp(long size, LocalDateTime modified) {}

    KnownFiles(String period) {
        this.period = period;
    }

    /** Records a file of the inbox; files must come in the order they were received (the inbox's id order). */
    void add(String relativePath, String sha256, long size, LocalDateTime modified) {
        pathsWithContent.add(relativePath + '\n' + sha256);
        firstPathOfContent.putIfAbsent(sha256, relativePath);
        lastStampOfPath.put(relativePath, new Stamp(size, modified));
    }

    /**
     * Whether the file last received under this path had this size and modification time: then it is that file, and
     * its content need not be hashed again (as version control and file synchronisation tools judge it). A file saved
     * again gets a new time, even with the same size.
     */
    boolean unchanged(String relativePath, long size, LocalDateTime modified) {
        Stamp last = lastStampOfPath.get(relativePath);
        return last != null
                && last.size() == size
                && Math.abs(Duration.between(last.modified(), modified).toNanos()) < PRECISION_NANOS;
    }

    boolean contains(String relativePath, String sha256) {
        return pathsWithContent.contains(relativePath + '\n' + sha256);
    }

    /** The first file of the period with this content, as {@code period/path} (F09 names it). */
    Optional<String> earlierWithContent(String sha256) {
        return Optional.ofNullable(firstPathOfContent.get(sha256)).map(path -> period + "/" + path);
    }
}
