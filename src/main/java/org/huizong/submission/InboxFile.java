package org.huizong.submission;

import java.time.LocalDateTime;

/** A file found in {@code input/<period>/}: one per path and content; {@code duplicateOf} names an earlier file with the same bytes. */
public record InboxFile(
        long id,
        String period,
        String relativePath,
        String sha256,
        long sizeBytes,
        LocalDateTime receivedAt,
        String duplicateOf) {}
