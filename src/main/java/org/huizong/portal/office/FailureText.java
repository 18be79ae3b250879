package org.huizong.portal.office;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huizong.portal.PortalMessages;

/**
 * Why a run failed, in Chinese, from what the job repository kept of it (an exception's stack trace as text) or from the
 * exception itself: the innermost cause the office can act on (a file in the way, a missing folder, no permission, the
 * database, memory) with the path it names; anything else points to the server's log. Never a class name or an English
 * message on a page.
 */
final class FailureText {

    private static final Pattern THROWN = Pattern.compile("^(?:Caused by: )?([\\w$.]+(?:Exception|Error))(?:: (.*))?$");
    private static final Map<String, String> KNOWN = Map.of(
            "FileAlreadyExistsException", "fileExists",
            "NoSuchFileException", "noSuchFile",
            "AccessDeniedException", "accessDenied",
            "DirectoryNotEmptyException", "notEmpty",
            "FileSystemException", "fileSystem",
            "OutOfMemoryError", "memory");
    private static final List<String> DATABASE = List.of(
            "org.springframework.dao.",
            "org.springframework.jdbc.",
            "java.sql.",
            "org.h2.",
            "org.postgresql.",
            "com.zaxxer.hikari.");

    private FailureText() {}

    /** From a stored exit description (a stack trace as text). */
    static String of(String description) {
        if (description == null || description.isBlank()) {
            return PortalMessages.get("failure.unknown");
        }
        String found = null;
        for (String line : description.lines().map(String::strip).toList()) {
            Matcher m = THROWN.matcher(line);
            if (m.matches()) {
                String text = describe(m.group(1), m.group(2));
                found = text != null ? text : found;
            }
        }
        return found != null ? found : PortalMessages.get("failure.other");
    }

    /** From the exception itself, its innermost known cause first. */
    static String of(Throwable failure) {
        String found = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            String text = describe(t.getClass().getName(), t.getMessage());
            found = text != null ? text : found;
        }
        return found != null ? found : PortalMessages.get("failure.other");
    }

    /** The Chinese for one exception, or null when it says nothing the office can act on. */
    private static String describe(String className, String message) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String key = KNOWN.get(simple);
        if (key == null && DATABASE.stream().anyMatch(className::startsWith)) {
            key = "database";
        }
        if (key == null) {
            return null;
        }
        String path = message == null ? "" : pathIn(message);
        return PortalMessages.get("failure." + key, path.isEmpty() ? PortalMessages.get("failure.noPath") : path);
    }

    /** The file system path a message names (a java.nio message starts with it), else nothing. */
    private static String pathIn(String message) {
        String first = message.strip().split("[\\s:]", 2)[0];
        return List.of("/", "\\\\").stream().anyMatch(first::startsWith) || first.matches("[A-Za-z]:\\\\.*")
                ? first
                : "";
    }
}
