package org.huizong.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists {@code input/<period>/} (sub-folders included), hashes each new file and adds it to the inbox in received
 * order, noting when its bytes were already received under another name (F09). A file with the size and time it was
 * received with is that file and is not hashed again. Office lock files ({@code ~$…}) and hidden files are not
 * submissions.
 */
public final class InboxScanner {

    private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);

    private final InboxRepository inbox;

    public InboxScanner(InboxRepository inbox) {
        this.inbox = inbox;
    }

    /** Adds what is new and returns how many files were added. */
    public int scan(String period, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            log.info("no input folder {}: nothing received", folder);
            return 0;
        }
        List<Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(InboxScanner::isSubmission)
                    .toList()) {
                LocalDateTime received =
                        LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
                found.add(new Found(file, folder.relativize(file).toString().replace('\\', '/'), received));
            }
        }
        found.sort(Comparator.comparing(Found::receivedAt).thenComparing(Found::relativePath));
        int added = 0;
        KnownFiles known = inbox.known(period);
        for (Found file : found) {
            long size = Files.size(file.path());
            if (known.unchanged(file.relativePath(), size, file.receivedAt())) {
                continue;
            }
            String sha = FileArchive.sha256(file.path());
            if (known.contains(file.relativePath(), sha)) {
                continue;
            }
            // an empty file is unreadable in its own right (F01), not a copy of another empty file
            String duplicateOf =
                    size == 0 ? null : known.earlierWithContent(sha).orElse(null);
            known.add(file.relativePath(), sha, size, file.receivedAt());
            inbox.add(new InboxFile(0, period, file.relativePath(), sha, size, file.receivedAt(), duplicateOf));
            added++;
        }
        log.info("input {}: {} files, {} new", folder, found.size(), added);
        return added;
    }

    private static boolean isSubmission(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("~$") && !name.startsWith(".") && !name.endsWith(".part");
    }

    private record Found(Path path, String relativePath, LocalDateTime receivedAt) {}
}
